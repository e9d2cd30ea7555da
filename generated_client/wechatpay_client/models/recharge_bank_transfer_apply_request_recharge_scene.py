# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

RechargeBankTransferApplyRequestRechargeScene = Literal["NORMAL_BANK_TRANSFER"]

RECHARGE_BANK_TRANSFER_APPLY_REQUEST_RECHARGE_SCENE_VALUES: set[RechargeBankTransferApplyRequestRechargeScene] = {
    "NORMAL_BANK_TRANSFER",
}


def check_recharge_bank_transfer_apply_request_recharge_scene(
    value: str,
) -> RechargeBankTransferApplyRequestRechargeScene:
    if value in RECHARGE_BANK_TRANSFER_APPLY_REQUEST_RECHARGE_SCENE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECHARGE_BANK_TRANSFER_APPLY_REQUEST_RECHARGE_SCENE_VALUES!r}"
    )
