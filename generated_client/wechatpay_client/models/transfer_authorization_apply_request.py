# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer_authorization_scene_info import TransferAuthorizationSceneInfo


T = TypeVar("T", bound="TransferAuthorizationApplyRequest")


@_attrs_define
class TransferAuthorizationApplyRequest:
    """申请免确认收款授权请求 — request for a no-confirmation authorisation."""

    out_authorization_no: str
    """ 商户侧授权单号 — merchant authorisation number, unique per merchant. """
    appid: str
    """ 商户AppID — an AppID bound to the merchant. """
    openid: str
    """ 收款用户OpenID — the user's OpenID under `appid`. """
    transfer_scene_id: str
    """ 转账场景ID — the scene of the later transfers (open set, e.g. `1000`). """
    user_display_name: str
    """ 用户展示名称 — the user's account name at the merchant (UTF-8, no emoji). """
    authorization_notify_url: str
    """ 授权结果通知地址 — HTTPS URL without query parameters that receives `MCHTRANSFER.AUTHORIZATION.*`. """
    user_recv_perception: str | Unset = UNSET
    """ 用户收款感知 — the reason the user sees when receiving. """
    scene_info: TransferAuthorizationSceneInfo | Unset = UNSET
    """ 场景信息 — the user's device when asking for the authorisation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_authorization_no = self.out_authorization_no

        appid = self.appid

        openid = self.openid

        transfer_scene_id = self.transfer_scene_id

        user_display_name = self.user_display_name

        authorization_notify_url = self.authorization_notify_url

        user_recv_perception = self.user_recv_perception

        scene_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scene_info, Unset):
            scene_info = self.scene_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "out_authorization_no": out_authorization_no,
                "appid": appid,
                "openid": openid,
                "transfer_scene_id": transfer_scene_id,
                "user_display_name": user_display_name,
                "authorization_notify_url": authorization_notify_url,
            }
        )
        if user_recv_perception is not UNSET:
            field_dict["user_recv_perception"] = user_recv_perception
        if scene_info is not UNSET:
            field_dict["scene_info"] = scene_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transfer_authorization_scene_info import TransferAuthorizationSceneInfo

        d = dict(src_dict)
        out_authorization_no = d.pop("out_authorization_no")

        appid = d.pop("appid")

        openid = d.pop("openid")

        transfer_scene_id = d.pop("transfer_scene_id")

        user_display_name = d.pop("user_display_name")

        authorization_notify_url = d.pop("authorization_notify_url")

        user_recv_perception = d.pop("user_recv_perception", UNSET)

        _scene_info = d.pop("scene_info", UNSET)
        scene_info: TransferAuthorizationSceneInfo | Unset
        if isinstance(_scene_info, Unset):
            scene_info = UNSET
        else:
            scene_info = TransferAuthorizationSceneInfo.from_dict(_scene_info)

        transfer_authorization_apply_request = cls(
            out_authorization_no=out_authorization_no,
            appid=appid,
            openid=openid,
            transfer_scene_id=transfer_scene_id,
            user_display_name=user_display_name,
            authorization_notify_url=authorization_notify_url,
            user_recv_perception=user_recv_perception,
            scene_info=scene_info,
        )

        transfer_authorization_apply_request.additional_properties = d
        return transfer_authorization_apply_request

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
