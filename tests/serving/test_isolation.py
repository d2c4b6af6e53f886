"""Isolation: a malformed request fails alone. Malformed requests sent straight to the `encoder`
(token ids out of range, negative ids, a bad mask, mismatched shapes) and to `deid` (bad UTF-8,
empty notes) among good `medcode` requests, all at once so the dynamic batcher mixes them: every
good request succeeds, every bad one gets INVALID_ARGUMENT. Malformed OPTIONS (deeply nested,
booleans for numbers, oversized) are INVALID_ARGUMENT, and no error echoes the caller's strings."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest
import tritonclient.grpc.aio as grpcaio
from tritonclient.utils import InferenceServerException

from medcode.client import AsyncMedcodeClient, InvalidInputError
from medcode.export.configs import all_configs

pytestmark = pytest.mark.server
GOOD = [
    "Patient with type 2 diabetes mellitus and essential hypertension.",
    "Acute asthma exacerbation in a patient with chronic kidney disease stage 3.",
]


def _encoder_inputs(ids: np.ndarray, mask: np.ndarray):
    a = grpcaio.InferInput("input_ids", list(ids.shape), "INT32")
    a.set_data_from_numpy(ids.astype(np.int32))
    b = grpcaio.InferInput("attention_mask", list(mask.shape), "INT32")
    b.set_data_from_numpy(mask.astype(np.int32))
    return [a, b]


BAD_ENCODER = {
    "id out of range": (np.array([[101, 10**6, 102]]), np.ones((1, 3))),
    "negative id": (np.array([[101, -5, 102]]), np.ones((1, 3))),
    "mask not 0/1": (np.array([[101, 2000, 102]]), np.full((1, 3), 7)),
    "shapes differ": (np.array([[101, 2000, 102]]), np.ones((1, 4))),
}
BAD_DEID = {"bad UTF-8": b"Patient has \xff\xfe asthma", "empty": b"   "}


async def _good_encoder(c):
    resp = await c.infer("encoder", _encoder_inputs(np.array([[101, 2000, 102]]), np.ones((1, 3))))
    return resp.as_numpy("sentence_embedding")


async def _good_deid(c):
    inp = grpcaio.InferInput("NOTE", [1, 1], "BYTES")
    inp.set_data_from_numpy(np.array([[GOOD[0].encode()]], dtype=np.object_))
    return (await c.infer("deid", [inp])).as_numpy("DEID_TEXT")


async def _bad_encoder(c, name):
    ids, mask = BAD_ENCODER[name]
    await c.infer("encoder", _encoder_inputs(ids, mask))


async def _bad_deid(c, name):
    inp = grpcaio.InferInput("NOTE", [1, 1], "BYTES")
    inp.set_data_from_numpy(np.array([[BAD_DEID[name]]], dtype=np.object_))
    await c.infer("deid", [inp])


def test_malformed_direct_requests_fail_alone(triton_server):
    async def run():
        raw = grpcaio.InferenceServerClient(triton_server.grpc_url)
        async with AsyncMedcodeClient(triton_server.grpc_url, timeout_s=300, retries=0) as mc:
            tasks, kinds = [], []
            for _round in range(3):
                for note in GOOD * 3:
                    tasks.append(mc.code([note]))
                    kinds.append("good")
                for _ in range(2):  # direct good calls, batched with the bad ones below
                    tasks += [_good_encoder(raw), _good_deid(raw)]
                    kinds += ["good encoder", "good deid"]
                for name in BAD_ENCODER:
                    tasks.append(_bad_encoder(raw, name))
                    kinds.append(f"encoder: {name}")
                for name in BAD_DEID:
                    tasks.append(_bad_deid(raw, name))
                    kinds.append(f"deid: {name}")
            out = await asyncio.gather(*tasks, return_exceptions=True)
        await raw.close()
        return list(zip(kinds, out))

    results = asyncio.run(run())
    good = [(k, r) for k, r in results if k.startswith("good")]
    failed_good = [(k, r) for k, r in good if isinstance(r, BaseException)]
    assert failed_good == [], f"{len(failed_good)} of {len(good)} good requests failed: {failed_good[:3]}"
    assert all(r[0].codes for k, r in good if k == "good")
    assert all(r.shape == (1, 384) for k, r in good if k == "good encoder")
    for kind, r in results:
        if kind.startswith("good"):
            continue
        assert isinstance(r, InferenceServerException), f"{kind} was accepted"
        assert "INVALID_ARGUMENT" in str(r.status()), f"{kind}: {r.status()} {r.message()}"


@pytest.mark.parametrize(
    "options, fragment",
    [
        ("[" * 3000 + "]" * 3000, "OPTIONS"),
        ('{"a":' * 600 + "1" + "}" * 600, "OPTIONS"),
        ('{"age": true}', "OPTIONS.age"),
        ('{"top_k": true}', "OPTIONS.top_k"),
        ('{"threshold": false}', "OPTIONS.threshold"),
        ('{"code_systems": [["ICD-10-CM"]]}', "OPTIONS.code_systems[0]"),
        ('{"caller": {"x": 1}}', "OPTIONS.caller"),
        ('{"user": "' + "u" * 500 + '"}', "OPTIONS.user"),
        ('{"caller": "' + "c" * 5000 + '"}', "larger than"),
    ],
)
def test_malformed_options_are_invalid_argument(client, options, fragment):
    with pytest.raises(InvalidInputError, match=fragment.replace("[", r"\[")):
        client.code([GOOD[0]], options)


def test_errors_never_echo_caller_strings(client):
    secret = "Zebulon-Quartermaine"
    for options in (
        f'{{"{secret}": 1}}',
        f'{{"code_systems": ["{secret}"]}}',
        f'{{"sex": "{secret}"}}',
        f'{{"caller": "{secret}\\u0000"}}',
        f'{{"date_of_service": "{secret}"}}',
    ):
        with pytest.raises(InvalidInputError) as info:
            client.code([GOOD[0]], options)
        assert secret not in str(info.value), options


def test_generated_configs_bound_every_queue():
    for profile in ("cpu", "gpu"):
        for name, cfg in all_configs(profile).items():
            q = cfg.dynamic_batching.default_queue_policy
            assert q.max_queue_size > 0 and q.default_timeout_microseconds > 0, (profile, name)
            assert q.timeout_action == q.REJECT and not q.allow_timeout_override
