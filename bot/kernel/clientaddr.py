"""Which client a request comes from: the one rule the chat API and the staff pages share."""

from __future__ import annotations

import ipaddress

__all__ = ["client_address", "client_key"]


def client_address(remote: str | None, forwarded_for: str | None, trust_proxy: int) -> str:
    """The client's address as given: the socket peer's, or the one our proxy wrote.

    With ``trust_proxy`` = N > 0 the address is the N-th entry of ``X-Forwarded-For`` counted
    from the right: the one our own outermost proxy wrote (entries further left come from the
    client and can be forged). Without a trusted proxy the header is ignored.
    """
    address = remote or ""
    if trust_proxy > 0 and forwarded_for:
        hops = [h.strip() for h in forwarded_for.split(",") if h.strip()]
        if hops:
            address = hops[-min(trust_proxy, len(hops))]
    return address.strip("[]")


def client_key(remote: str | None, forwarded_for: str | None, trust_proxy: int) -> str:
    """The key of a client address, for rate limits and connection caps.

    With ``trust_proxy`` = N > 0 the address is the N-th entry of ``X-Forwarded-For`` counted
    from the right: the one our own outermost proxy wrote (entries further left come from the
    client and can be forged). Without a trusted proxy the header is ignored. An IPv6 address
    is keyed by its /64 network, which one household or phone usually holds whole.

    :param remote: the socket peer's address.
    :param forwarded_for: the ``X-Forwarded-For`` header, if any.
    :param trust_proxy: how many reverse proxies of ours are in front (``IGUBOT_TRUST_PROXY``).
    """
    address = client_address(remote, forwarded_for, trust_proxy)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address or "unknown"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)
