# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

BusinesscircleParkingSyncRequestState = Literal["IN", "OUT"]

BUSINESSCIRCLE_PARKING_SYNC_REQUEST_STATE_VALUES: set[BusinesscircleParkingSyncRequestState] = {
    "IN",
    "OUT",
}


def check_businesscircle_parking_sync_request_state(value: str) -> BusinesscircleParkingSyncRequestState:
    if value in BUSINESSCIRCLE_PARKING_SYNC_REQUEST_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BUSINESSCIRCLE_PARKING_SYNC_REQUEST_STATE_VALUES!r}")
