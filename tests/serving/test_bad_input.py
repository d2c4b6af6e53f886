"""Bad input gets a clear error, and the server keeps coding afterwards."""

from __future__ import annotations

import numpy as np
import pytest
import tritonclient.grpc as grpcclient

from medcode.client import InvalidInputError


def _raw_call(url, payload: bytes, options: bytes | None = None):
    c = grpcclient.InferenceServerClient(url)
    inputs = [grpcclient.InferInput("NOTE", [1, 1], "BYTES")]
    inputs[0].set_data_from_numpy(np.array([[payload]], dtype=np.object_))
    if options is not None:
        inputs.append(grpcclient.InferInput("OPTIONS", [1, 1], "BYTES"))
        inputs[1].set_data_from_numpy(np.array([[options]], dtype=np.object_))
    return c.infer("medcode", inputs)


@pytest.mark.parametrize(
    "note, fragment",
    [
        ("", "empty"),
        ("   \n\t  ", "empty"),
        ("x" * (2 * 1024 * 1024), "limit"),
    ],
)
def test_refused_notes(client, note, fragment):
    with pytest.raises(InvalidInputError, match=fragment):
        client.code([note])


def test_invalid_utf8_is_refused(triton_server):
    from tritonclient.utils import InferenceServerException

    with pytest.raises(InferenceServerException, match="UTF-8"):
        _raw_call(triton_server.grpc_url, b"Patient has \xff\xfe diabetes")


@pytest.mark.parametrize(
    "options, fragment",
    [
        ("{not json", "OPTIONS is not valid JSON"),
        ('["a"]', "OPTIONS must be a JSON object"),
        ('{"code_systems": ["ICD-9-CM"]}', "not a known code system"),
        ('{"code_systems": ["HCPCS"]}', "not ranked by this model"),
        ('{"date_of_service": "2026-10-01"}', "date_of_service falls in FY2027, outside"),
        ('{"sex": "X"}', "OPTIONS.sex"),
        ('{"colour": 1}', "unknown field"),
    ],
)
def test_bad_options(client, options, fragment):
    with pytest.raises(InvalidInputError, match=fragment):
        client.code(["Patient with type 2 diabetes."], options)


def test_error_message_never_echoes_the_note(client):
    secret = "Zebulon Quartermaine-Fitzwilliam"
    with pytest.raises(InvalidInputError) as info:
        client.code([f"Patient {secret} " * 20000], '{"sex": "Q"}')
    assert secret not in str(info.value)


def test_server_still_codes_after_bad_input(client, example_notes):
    for bad in ("", " "):
        with pytest.raises(InvalidInputError):
            client.code([bad])
    (res,) = client.code([example_notes["01_diabetes_neuropathy"]])
    assert res.codes
