# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from typing import Literal

ComplaintMessageImageImageStyleType = Literal["IMAGE_STYLE_TYPE_NARROW", "IMAGE_STYLE_TYPE_WIDE"]

COMPLAINT_MESSAGE_IMAGE_IMAGE_STYLE_TYPE_VALUES: set[ComplaintMessageImageImageStyleType] = {
    "IMAGE_STYLE_TYPE_NARROW",
    "IMAGE_STYLE_TYPE_WIDE",
}


def check_complaint_message_image_image_style_type(value: str) -> ComplaintMessageImageImageStyleType:
    if value in COMPLAINT_MESSAGE_IMAGE_IMAGE_STYLE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLAINT_MESSAGE_IMAGE_IMAGE_STYLE_TYPE_VALUES!r}")
