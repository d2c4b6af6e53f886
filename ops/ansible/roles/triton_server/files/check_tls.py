#!/usr/bin/env python3
"""Check the TLS files of the medcode server where they are installed, before the server uses them.

usage: check_tls.py SERVER_CERT SERVER_KEY CLIENT_CA [CLIENT_CERT CLIENT_KEY]

Standard library only (runs on the target with /usr/bin/python3). Passes when the server key
matches its certificate, the certificate is valid now and chains to the site CA, and, given a
client certificate (the playbook's own, for its readiness check and smoke test), that one
chains to the CA too. The chains are checked by a TLS handshake in memory: the same checks a
connecting client and the server make, with no socket opened.
"""

import ssl
import sys


def handshake(server_cert, server_key, ca, client_cert=None, client_key=None):
    """A TLS handshake between two in-memory ends; raises ssl.SSLError naming what failed."""
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(server_cert, server_key)  # fails unless the key matches the certificate
    if client_cert:
        server.load_verify_locations(ca)
        server.verify_mode = ssl.CERT_REQUIRED
    client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    client.check_hostname = False  # the name is the clients' business; this checks the chain and dates
    client.load_verify_locations(ca)
    if client_cert:
        client.load_cert_chain(client_cert, client_key)
    s_in, s_out, c_in, c_out = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
    s = server.wrap_bio(s_in, s_out, server_side=True)
    c = client.wrap_bio(c_in, c_out, server_side=False)
    done = {"s": False, "c": False}
    for _ in range(20):
        for name, end in (("c", c), ("s", s)):
            if not done[name]:
                try:
                    end.do_handshake()
                    done[name] = True
                except ssl.SSLWantReadError:
                    pass
        s_in.write(c_out.read())
        c_in.write(s_out.read())
        if all(done.values()):
            return
    raise ssl.SSLError("the TLS handshake did not complete")


def main(argv):
    if len(argv) not in (3, 5):
        sys.exit(__doc__.strip().splitlines()[2])
    try:
        handshake(*argv)
    except (ssl.SSLError, OSError) as exc:
        sys.exit(f"TLS files REFUSED: {exc}")
    print(
        "TLS files ok: key matches certificate, certificate chains to the CA"
        + (", client certificate too" if len(argv) == 5 else "")
    )


if __name__ == "__main__":
    main(sys.argv[1:])
