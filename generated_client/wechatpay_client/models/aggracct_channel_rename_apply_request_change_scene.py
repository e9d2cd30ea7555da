# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

AggracctChannelRenameApplyRequestChangeScene = Literal["SUBJECT_INFO_RENAME"]

AGGRACCT_CHANNEL_RENAME_APPLY_REQUEST_CHANGE_SCENE_VALUES: set[AggracctChannelRenameApplyRequestChangeScene] = {
    "SUBJECT_INFO_RENAME",
}


def check_aggracct_channel_rename_apply_request_change_scene(
    value: str,
) -> AggracctChannelRenameApplyRequestChangeScene:
    if value in AGGRACCT_CHANNEL_RENAME_APPLY_REQUEST_CHANGE_SCENE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGGRACCT_CHANNEL_RENAME_APPLY_REQUEST_CHANGE_SCENE_VALUES!r}"
    )
