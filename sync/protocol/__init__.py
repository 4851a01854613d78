"""The sync wire format, shared by the device and HQ.

A request envelope (msgpack) holds a header, a ciphertext, the device's Ed25519 signature over
both, and, when a new session key is set up, that key sealed to HQ's ingest key with HPKE
(ML-KEM-768 + X25519, AES-256-GCM). The ciphertext is the batch of changes, msgpack then zstd,
under AES-256-GCM with the session key; the header is its associated data. HQ's answer comes
back under the same session key, bound to the request's hash, so it can be neither read nor
replayed on another request. TLS (mutual, pinned CA) carries all of it.

The hybrid encapsulation is about 1.1 KB, so a session key is sealed once and then used for
every batch until it expires, not once per batch.

Users import the package (`from sync import protocol as p`); its modules hold the parts:
checks (errors, field checks), codec (msgpack, zstd), keys (ingest and session keys), changes
(field codes, Op, Change), envelope (Header, Envelope, sealing and signatures), answer (HQ's
typed answer), chunks (attachment uploads and downloads), counts (HQ's weekly counts for a
scope, `/v1/counts`), receipt (USB bundle receipts) and wipe
(HQ's signed order that a revoked device erase its store).
"""

from sync.protocol.answer import (
    ANSWERS,
    APPLIED,
    CONFLICT,
    REJECTED,
    Answer,
    Page,
    PulledChange,
    PulledConflict,
    Result,
)
from sync.protocol.changes import (
    FIELD_CODE,
    FIELDS,
    MAX_CHANGES,
    PATHS,
    Change,
    Op,
    decode_changes,
    encode_changes,
)
from sync.protocol.checks import ProtocolError, certified, uuid_bytes, uuid_text
from sync.protocol.chunks import (
    CHUNK,
    MAX_CHUNK,
    ChunkHeader,
    DownloadAnswer,
    DownloadRequest,
    UploadAnswer,
    check_download_request,
    open_chunk,
    open_chunk_data,
    open_download,
    open_download_request,
    seal_chunk,
    seal_download,
    seal_download_request,
)
from sync.protocol.codec import MAX_BODY, compress, decompress, packb, unpackb
from sync.protocol.counts import (
    COUNTS_NEW,
    COUNTS_NONE,
    COUNTS_SAME,
    MAX_COUNTS_REQUEST,
    CountsRequest,
    check_counts_request,
    counts_digest,
    open_counts,
    open_counts_request,
    seal_counts,
    seal_counts_request,
)
from sync.protocol.envelope import (
    BUNDLE_MAGIC,
    GENESIS,
    MAX_BUNDLE,
    PROTOCOL,
    SIGN_CONTEXT,
    Envelope,
    Header,
    open_request,
    open_response,
    seal_request,
    seal_response,
    verify_signature,
)
from sync.protocol.keys import (
    SESSION_INFO,
    SESSION_SECONDS,
    SUITE,
    IngestKey,
    SessionKey,
    ingest_public,
    key_id,
)
from sync.protocol.receipt import RECEIPT_MAGIC, Receipt, open_receipt, sign_receipt
from sync.protocol.wipe import (
    WIPE_CODE,
    WIPE_CONTEXT,
    WIPE_MAGIC,
    WIPE_STATUS,
    WipeOrder,
    WipeRefusal,
    is_wipe_order,
    open_wipe,
    sign_wipe,
)

__all__ = [
    "ANSWERS",
    "APPLIED",
    "BUNDLE_MAGIC",
    "CHUNK",
    "CONFLICT",
    "COUNTS_NEW",
    "COUNTS_NONE",
    "COUNTS_SAME",
    "FIELDS",
    "FIELD_CODE",
    "GENESIS",
    "MAX_BODY",
    "MAX_BUNDLE",
    "MAX_CHANGES",
    "MAX_CHUNK",
    "MAX_COUNTS_REQUEST",
    "PATHS",
    "PROTOCOL",
    "RECEIPT_MAGIC",
    "REJECTED",
    "SESSION_INFO",
    "SESSION_SECONDS",
    "SIGN_CONTEXT",
    "SUITE",
    "WIPE_CODE",
    "WIPE_CONTEXT",
    "WIPE_MAGIC",
    "WIPE_STATUS",
    "Answer",
    "Change",
    "ChunkHeader",
    "CountsRequest",
    "DownloadAnswer",
    "DownloadRequest",
    "Envelope",
    "Header",
    "IngestKey",
    "Op",
    "Page",
    "ProtocolError",
    "certified",
    "PulledChange",
    "PulledConflict",
    "Receipt",
    "Result",
    "SessionKey",
    "UploadAnswer",
    "WipeOrder",
    "WipeRefusal",
    "compress",
    "counts_digest",
    "check_counts_request",
    "check_download_request",
    "decode_changes",
    "decompress",
    "encode_changes",
    "is_wipe_order",
    "ingest_public",
    "key_id",
    "open_chunk",
    "open_chunk_data",
    "open_counts",
    "open_counts_request",
    "open_download",
    "open_download_request",
    "open_receipt",
    "open_request",
    "open_response",
    "open_wipe",
    "packb",
    "seal_chunk",
    "seal_counts",
    "seal_counts_request",
    "seal_download",
    "seal_download_request",
    "seal_request",
    "seal_response",
    "sign_receipt",
    "sign_wipe",
    "unpackb",
    "uuid_bytes",
    "uuid_text",
    "verify_signature",
]
