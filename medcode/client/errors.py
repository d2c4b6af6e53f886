"""Exceptions raised by the medcode client. Messages come from the server, which never puts
note text in them."""


class MedcodeError(Exception):
    """Base class for every client error."""


class InvalidInputError(MedcodeError):
    """The server refused the input (empty note, bad UTF-8, too large, malformed OPTIONS...)."""


class ServerUnavailableError(MedcodeError):
    """The server could not be reached after the configured retries."""


class DeadlineExceededError(MedcodeError):
    """The request did not finish within its deadline."""


class ResultError(MedcodeError):
    """The server answered with something that is not a valid result."""


class TlsConfigError(MedcodeError):
    """The client's TLS files are missing, unreadable or incomplete (checked before connecting)."""
