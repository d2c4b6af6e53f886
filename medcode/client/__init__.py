"""medcode's Python client: code notes and de-identify them through a medcode Triton server."""

from medcode.client.channel import AddressError
from medcode.client.client import AsyncMedcodeClient, MedcodeClient
from medcode.client.errors import (
    DeadlineExceededError,
    InvalidInputError,
    MedcodeError,
    ResultError,
    ServerUnavailableError,
    TlsConfigError,
)
from medcode.client.types import Code, CodingResult, DeidResponse, PhiSpan, Span

__all__ = [
    "MedcodeClient",
    "AsyncMedcodeClient",
    "CodingResult",
    "Code",
    "DeidResponse",
    "PhiSpan",
    "Span",
    "MedcodeError",
    "InvalidInputError",
    "ServerUnavailableError",
    "DeadlineExceededError",
    "ResultError",
    "TlsConfigError",
    "AddressError",
]
