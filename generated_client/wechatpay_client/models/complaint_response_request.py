# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complaint_mini_program_jump_info import ComplaintMiniProgramJumpInfo


T = TypeVar("T", bound="ComplaintResponseRequest")


@_attrs_define
class ComplaintResponseRequest:
    """回复用户请求 — the merchant's reply. `jump_url` and `jump_url_text` go together;
    links and mini-program pages must be enabled for the merchant first.

    """

    complainted_mchid: str
    """ 被诉商户号 — merchant ID complained about (the direct merchant's own `mchid`). """
    response_content: str
    """ 回复内容 — how the complaint is handled, at most 500 characters. """
    response_images: list[str] | Unset = UNSET
    """ 回复图片 — up to 4 `media_id`s from `upload_complaint_image`. """
    jump_url: str | Unset = UNSET
    """ 跳转链接 — HTTPS page the user can open from the reply (needs `jump_url_text`). """
    jump_url_text: str | Unset = UNSET
    """ 跳转链接文案 — link text shown after the reply (needs `jump_url`). """
    mini_program_jump_info: ComplaintMiniProgramJumpInfo | Unset = UNSET
    """ 跳转小程序信息 — a mini-program page attached to a reply. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complainted_mchid = self.complainted_mchid

        response_content = self.response_content

        response_images: list[str] | Unset = UNSET
        if not isinstance(self.response_images, Unset):
            response_images = self.response_images

        jump_url = self.jump_url

        jump_url_text = self.jump_url_text

        mini_program_jump_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mini_program_jump_info, Unset):
            mini_program_jump_info = self.mini_program_jump_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complainted_mchid": complainted_mchid,
                "response_content": response_content,
            }
        )
        if response_images is not UNSET:
            field_dict["response_images"] = response_images
        if jump_url is not UNSET:
            field_dict["jump_url"] = jump_url
        if jump_url_text is not UNSET:
            field_dict["jump_url_text"] = jump_url_text
        if mini_program_jump_info is not UNSET:
            field_dict["mini_program_jump_info"] = mini_program_jump_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.complaint_mini_program_jump_info import ComplaintMiniProgramJumpInfo

        d = dict(src_dict)
        complainted_mchid = d.pop("complainted_mchid")

        response_content = d.pop("response_content")

        response_images = cast(list[str], d.pop("response_images", UNSET))

        jump_url = d.pop("jump_url", UNSET)

        jump_url_text = d.pop("jump_url_text", UNSET)

        _mini_program_jump_info = d.pop("mini_program_jump_info", UNSET)
        mini_program_jump_info: ComplaintMiniProgramJumpInfo | Unset
        if isinstance(_mini_program_jump_info, Unset):
            mini_program_jump_info = UNSET
        else:
            mini_program_jump_info = ComplaintMiniProgramJumpInfo.from_dict(_mini_program_jump_info)

        complaint_response_request = cls(
            complainted_mchid=complainted_mchid,
            response_content=response_content,
            response_images=response_images,
            jump_url=jump_url,
            jump_url_text=jump_url_text,
            mini_program_jump_info=mini_program_jump_info,
        )

        complaint_response_request.additional_properties = d
        return complaint_response_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
