"""HQ's HTTP API (FastAPI). Every call but the CA download and enrollment needs the device's
client certificate, checked by TLS against HQ's CA; the server puts the certificate's device
id where the API can read it (see sync.hq.server)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

import app
from sync import pki
from sync import protocol as p
from sync.hq.service import HQ

OCTETS = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
ERROR = {
    "description": "refused",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {"error": {"type": "string"}, "detail": {"type": "string"}},
                "required": ["error", "detail"],
            }
        }
    },
}


class EnrollRequest(BaseModel):
    token: str = Field(min_length=1, max_length=200)
    csr: str = Field(
        min_length=1,
        max_length=20_000,
        description="PEM certificate request for the device's ECDSA P-256 TLS key",
    )
    signing_key: str = Field(
        min_length=64,
        max_length=64,
        pattern="^[0-9a-fA-F]{64}$",
        description="the device's Ed25519 public key, hex",
    )
    name: str = Field(default="", max_length=200)


class EnrollAnswer(BaseModel):
    device_id: str
    team: str | None
    analyst: bool
    scope: list[str] | None = Field(
        default=None, description="the teams the device reads; null for every team"
    )
    audience: str = Field(default="internal", description="internal or un")
    entity: str = Field(default="OHCHR", description="the UN entity the device belongs to")
    certificate: str
    ca_certificate: str
    ingest_key: str
    hq_signing_key: str
    schema_: int = Field(alias="schema")


WIPE = {
    "description": "refused: the device was revoked and ordered to erase its store; `order` is "
    "HQ's signed wipe order (hex), bound to this request",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {
                    "error": {"type": "string"},
                    "detail": {"type": "string"},
                    "order": {"type": "string"},
                },
                "required": ["error", "detail", "order"],
            }
        }
    },
}


def _refusal(err: p.ProtocolError) -> JSONResponse:
    return JSONResponse(err.body(), status_code=err.status)


def tls_device(request: Request) -> str | None:
    return getattr(request.state, "tls_device", None)


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > p.MAX_BODY):
        raise p.ProtocolError(413, "too-large", "the message is larger than HQ accepts")
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > p.MAX_BODY:
                raise p.ProtocolError(413, "too-large", "the message is larger than HQ accepts")
            chunks.append(chunk)
    except ClientDisconnect:  # the device went away mid-request: nothing to answer
        raise p.ProtocolError(400, "incomplete", "the request did not arrive whole") from None
    return b"".join(chunks)


def create_app(hq: HQ) -> FastAPI:
    api = FastAPI(
        title="Upfront HQ",
        version=app.__version__,
        description="Sync between Upfront devices and HQ. Bodies of /v1/sync are "
        "sealed, signed msgpack envelopes (see sync/protocol/).",
    )

    @api.exception_handler(p.ProtocolError)
    async def _protocol_error(_request: Request, err: p.ProtocolError) -> JSONResponse:
        return _refusal(err)

    @api.get("/v1/health", summary="Is HQ up, and which schema does it take")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "schema": hq.schema, "protocol": p.PROTOCOL}

    @api.get(
        "/v1/ca",
        response_class=PlainTextResponse,
        summary="HQ's CA certificate (PEM); devices check it against the pinned "
        "fingerprint before trusting it",
    )
    async def ca() -> str:
        return pki.cert_pem(hq.keys.ca.cert).decode()

    @api.post(
        "/v1/enroll",
        response_model=EnrollAnswer,
        responses={403: ERROR, 400: ERROR},
        summary="Trade a single-use token and a CSR for a device certificate",
    )
    async def enroll(body: EnrollRequest) -> Any:
        try:
            return await run_in_threadpool(
                hq.enroll, body.token, body.csr, body.signing_key, body.name
            )
        except p.ProtocolError as err:
            return _refusal(err)

    @api.post(
        "/v1/sync",
        response_class=Response,
        responses={
            200: {"content": OCTETS, "description": "sealed answer"},
            400: ERROR,
            401: ERROR,
            403: ERROR,
            409: ERROR,
            410: WIPE,
            413: ERROR,
        },
        openapi_extra={"requestBody": {"required": True, "content": OCTETS}},
        summary="Push a sealed, signed batch and pull the next page, in one round trip",
    )
    async def sync(request: Request) -> Response:
        device = p.certified(tls_device(request))
        body = await _read_body(request)
        answer = await run_in_threadpool(hq.exchange, body, tls_device=device)
        return Response(answer, media_type="application/octet-stream")

    @api.post(
        "/v1/upload",
        responses={400: ERROR, 401: ERROR, 403: ERROR, 404: ERROR, 409: ERROR, 413: ERROR},
        openapi_extra={"requestBody": {"required": True, "content": OCTETS}},
        summary="One sealed chunk of an attachment at a byte offset (or, empty, ask how "
        "much HQ holds)",
    )
    async def upload(request: Request) -> dict[str, Any]:
        device = p.certified(tls_device(request))
        body = await _read_body(request)
        return await run_in_threadpool(hq.upload, body, tls_device=device)

    @api.post(
        "/v1/download",
        response_class=Response,
        responses={
            200: {"content": OCTETS, "description": "the piece of the file, sealed"},
            400: ERROR,
            401: ERROR,
            403: ERROR,
            404: ERROR,
            409: ERROR,
            413: ERROR,
            416: ERROR,
        },
        openapi_extra={"requestBody": {"required": True, "content": OCTETS}},
        summary="A piece of an attachment's bytes from an offset, for a device of its team "
        "(a new device restoring its records), or of a copy without metadata for a un "
        "device holding the record's view",
    )
    async def download(request: Request) -> Response:
        device = p.certified(tls_device(request))
        body = await _read_body(request)
        answer = await run_in_threadpool(hq.download, body, tls_device=device)
        return Response(answer, media_type="application/octet-stream")

    @api.post(
        "/v1/counts",
        response_class=Response,
        responses={
            200: {"content": OCTETS, "description": "the counts (or none, or unchanged), sealed"},
            400: ERROR,
            401: ERROR,
            403: ERROR,
            409: ERROR,
            413: ERROR,
        },
        openapi_extra={"requestBody": {"required": True, "content": OCTETS}},
        summary="Weekly counts of violation acts over every record of the device's scope, by "
        "country, admin 1 P-code, type and standard of proof, small values suppressed, for a "
        "device that does not read internal records (a un analyst's): counts only, never a "
        "record",
    )
    async def counts(request: Request) -> Response:
        device = p.certified(tls_device(request))
        body = await _read_body(request)
        answer = await run_in_threadpool(hq.counts, body, tls_device=device)
        return Response(answer, media_type="application/octet-stream")

    return api
