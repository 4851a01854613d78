"""A loopback TCP proxy that injects network faults between a device and HQ, for tests.

It forwards bytes untouched (TLS stays end to end: the proxy sees only ciphertext) from
127.0.0.1:<free port> to the real HQ port, and can, per the attributes below (read live, so
they can be changed between requests):

- cut a connection after N bytes forwarded in one direction (`cut_after_bytes`,
  `cut_direction` "up" = client->server or "down" = server->client, `cut_times` = only the
  next K cuts, None = every connection): exactly N bytes reach the other side, then both
  sockets are closed. Bytes are counted per connection from its start, so each connection
  starts at zero;
- add latency (`delay` seconds per chunk and direction: 0.5 gives a 1 s round trip);
- throttle (`rate_bps` bits per second, per direction);
- duplicate (`duplicate` = replay the next K finished connections): once a connection is
  over, its exact client->server bytes are sent again on a fresh connection to the server;
- reorder (`reorder` = the next K connections): a connection's first client chunk is held
  until a later connection has finished, i.e. closed (or `reorder_timeout` passed: counted
  in `reorder_timeouts`), so the later one reaches the server first.

Counters: `bytes_up`, `bytes_down`, `connections`, `cuts`, `replays` (with what the server
answered each in `replay_answers`), `reordered`, `reorder_timeouts`.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
import time
from dataclasses import dataclass, field

UP, DOWN = "up", "down"
_EOF = object()


@dataclass
class _Conn:
    number: int
    client: socket.socket
    server: socket.socket
    sent: dict[str, int] = field(default_factory=lambda: {UP: 0, DOWN: 0})
    upstream: list[bytes] = field(default_factory=list)  # exact client->server bytes
    closed: bool = False
    held: bool = False
    done: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)


class FaultProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1", *, port: int = 0) -> None:
        self.target = (target_host, target_port)
        self._listen_port = port
        # faults (change at will)
        self.cut_after_bytes: int | None = None
        self.cut_direction: str = DOWN
        self.cut_times: int | None = None
        self.delay: float = 0.0
        self.rate_bps: float | None = None
        self.duplicate: int = 0
        self.reorder: int = 0
        self.reorder_timeout: float = 5.0
        # counters
        self.bytes_up = 0
        self.bytes_down = 0
        self.connections = 0
        self.cuts = 0
        self.replays = 0
        self.replay_answers: list[bytes] = []
        self.reordered = 0
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._conns: list[_Conn] = []
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._finished = threading.Condition()
        self._finished_numbers: set[int] = set()
        self.reorder_timeouts = 0

    # ---- control --------------------------------------------------------------------------
    @property
    def port(self) -> int:
        assert self._sock is not None, "start() the proxy first"
        return self._sock.getsockname()[1]

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def cut(self, after: int, direction: str = DOWN, times: int | None = 1) -> None:
        assert direction in (UP, DOWN)
        self.cut_after_bytes, self.cut_direction, self.cut_times = after, direction, times

    def heal(self) -> None:
        """No more faults (counters are kept)."""
        self.cut_after_bytes = None
        self.cut_times = None
        self.delay = 0.0
        self.rate_bps = None
        self.duplicate = 0
        self.reorder = 0

    def reset_counters(self) -> None:
        with self._lock:
            self.bytes_up = self.bytes_down = self.connections = 0
            self.cuts = self.replays = self.reordered = self.reorder_timeouts = 0
            self.replay_answers = []

    def start(self) -> FaultProxy:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self._listen_port))
        sock.listen(64)
        sock.settimeout(0.2)
        self._sock = sock
        self._stopping.clear()
        self._thread = threading.Thread(
            target=self._accept_loop, name="faultproxy-accept", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
        if self._sock is not None:
            self._sock.close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            self._close(conn)
        for t in list(self._threads):
            t.join(5)
        self._threads.clear()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def live_sent(self, direction: str) -> list[int]:
        """Bytes forwarded so far in `direction` on each open connection (the cut counts)."""
        with self._lock:
            return [c.sent[direction] for c in self._conns if not c.closed]

    def drop_connections(self) -> int:
        """Close every open connection now, as a server or middlebox dropping idle ones."""
        with self._lock:
            conns = [c for c in self._conns if not c.closed]
        for conn in conns:
            self._close(conn)
        return len(conns)

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Wait until every connection (and replay) so far is over."""
        deadline = time.monotonic() + timeout
        for t in list(self._threads):
            t.join(max(0.0, deadline - time.monotonic()))

    # ---- plumbing -------------------------------------------------------------------------
    def _spawn(self, target, *args) -> None:
        t = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(t)
        t.start()

    def _accept_loop(self) -> None:
        assert self._sock is not None
        while not self._stopping.is_set():
            try:
                client, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, 10)
            except OSError:
                client.close()
                continue
            for s in (client, server):
                s.settimeout(None)
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self.connections += 1
                conn = _Conn(self.connections, client, server)
                if self.reorder > 0:
                    self.reorder -= 1
                    conn.held = True
                self._conns.append(conn)
            self._spawn(self._run, conn)

    def _run(self, conn: _Conn) -> None:
        pipes = []
        for direction, src, dst in (
            (UP, conn.client, conn.server),
            (DOWN, conn.server, conn.client),
        ):
            q: queue.Queue = queue.Queue()
            reader = threading.Thread(target=self._reader, args=(conn, src, q), daemon=True)
            writer = threading.Thread(
                target=self._writer, args=(conn, direction, dst, q), daemon=True
            )
            reader.start()
            writer.start()
            pipes += [reader, writer]
        for t in pipes:
            t.join()
        self._close(conn)
        with self._finished:
            self._finished_numbers.add(conn.number)
            self._finished.notify_all()
        replay = False
        with self._lock:
            self._conns.remove(conn)
            if self.duplicate > 0 and conn.upstream:
                self.duplicate -= 1
                replay = True
        if replay and not self._stopping.is_set():
            self._replay(list(conn.upstream))

    def _reader(self, conn: _Conn, src: socket.socket, q: queue.Queue) -> None:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            if not data:
                q.put((time.monotonic(), _EOF))
                return
            q.put((time.monotonic(), data))

    def _writer(self, conn: _Conn, direction: str, dst: socket.socket, q: queue.Queue) -> None:
        first = True
        free_at = 0.0  # when the throttled link is free again
        while True:
            arrived, data = q.get()
            if data is _EOF:
                with contextlib.suppress(OSError):
                    dst.shutdown(socket.SHUT_WR)
                return
            if conn.closed:
                continue  # drain the queue until the reader sees the close
            if first and direction == UP and conn.held:
                self._hold(conn.number)
            first = False
            wait = arrived + self.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            data, cut = self._trim(conn, direction, data)
            if data:
                free_at = self._send(dst, data, free_at)
                if direction == UP:
                    conn.upstream.append(data)
                with self._lock:
                    conn.sent[direction] += len(data)
                    if direction == UP:
                        self.bytes_up += len(data)
                    else:
                        self.bytes_down += len(data)
            if cut:
                self._close(conn)

    def _hold(self, number: int) -> None:
        """Hold connection `number` until a later one has finished (closed)."""
        with self._lock:
            self.reordered += 1
        with self._finished:
            released = self._finished.wait_for(
                lambda: any(n > number for n in self._finished_numbers) or self._stopping.is_set(),
                self.reorder_timeout,
            )
        if not released:
            with self._lock:
                self.reorder_timeouts += 1

    def _trim(self, conn: _Conn, direction: str, data: bytes) -> tuple[bytes, bool]:
        """The part of `data` to forward, and whether to cut the connection after it."""
        with self._lock:
            limit = self.cut_after_bytes
            if limit is None or self.cut_direction != direction or self.cut_times == 0:
                return data, False
            room = limit - conn.sent[direction]
            if room > len(data):
                return data, False
            self.cuts += 1
            if self.cut_times is not None:
                self.cut_times -= 1
            return data[: max(room, 0)], True

    def _send(self, dst: socket.socket, data: bytes, free_at: float) -> float:
        rate = self.rate_bps
        if not rate:
            with contextlib.suppress(OSError):
                dst.sendall(data)
            return 0.0
        piece = max(1, int(rate / 8 / 20))  # about 50 ms of link time per piece
        for i in range(0, len(data), piece):
            part = data[i : i + piece]
            start = max(time.monotonic(), free_at)
            free_at = start + len(part) * 8 / rate
            pause = free_at - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            try:
                dst.sendall(part)
            except OSError:
                break
        return free_at

    def _close(self, conn: _Conn) -> None:
        with conn.lock:
            if conn.closed:
                return
            conn.closed = True
        for s in (conn.client, conn.server):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                s.close()

    def _replay(self, chunks: list[bytes]) -> None:
        """Send a finished connection's client bytes again, chunk by chunk as they first
        came, on a fresh connection; keep what the server answers."""
        answer = bytearray()
        try:
            with socket.create_connection(self.target, 10) as s:
                s.settimeout(0.3)
                for chunk in chunks:
                    s.sendall(chunk)
                    with contextlib.suppress(TimeoutError):
                        while data := s.recv(65536):
                            answer += data
                        break  # the server closed the connection
        except OSError:
            pass
        with self._lock:
            self.replays += 1
            self.replay_answers.append(bytes(answer))
