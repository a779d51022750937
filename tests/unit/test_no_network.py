import socket

import pytest

from tests.conftest import NetworkUsed


def test_network_connections_are_refused_during_the_suite() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkUsed):
        sock.connect(("127.0.0.1", 9))
