# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.papay_harmony_pre_sign_request_sign_scene import (
    PapayHarmonyPreSignRequestSignScene,
    check_papay_harmony_pre_sign_request_sign_scene,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.papay_device_info import PapayDeviceInfo


T = TypeVar("T", bound="PapayHarmonyPreSignRequest")


@_attrs_define
class PapayHarmonyPreSignRequest:
    """代扣预签约请求 (鸿蒙/扫码) — Harmony / QR-code pre-sign request."""

    sign_scene: PapayHarmonyPreSignRequestSignScene
    """ 签约场景 — `SIGN_SCENE_APP` (HarmonyOS app) or `SIGN_SCENE_QRCODE` (扫码签约). """
    appid: str
    """ 应用ID — AppID bound to the merchant. """
    plan_id: int
    """ 委托代扣模板ID — entrusted-deduction plan (template) ID. """
    out_contract_code: str
    """ 商户签约协议号 — merchant contract code, unique on the merchant side; digits and letters only. """
    contract_display_account: str
    """ 用户账户展示名称 — account name shown to the user on the signing page. """
    contract_notify_url: str
    """ 签约结果通知地址 — receives `ENTRUST.SIGN`. """
    out_user_code: str
    """ 商户侧用户标识 — merchant-side user identifier. """
    device_info: PapayDeviceInfo
    """ 发起预签约的用户设备信息 — the user's device, for risk control. """
    openid: str | Unset = UNSET
    """ 用户在直连商户应用下的用户标示 — the user's OpenID under `appid`. """
    return_url: str | Unset = UNSET
    """ 回跳地址 — URL to return to after signing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sign_scene: str = self.sign_scene

        appid = self.appid

        plan_id = self.plan_id

        out_contract_code = self.out_contract_code

        contract_display_account = self.contract_display_account

        contract_notify_url = self.contract_notify_url

        out_user_code = self.out_user_code

        device_info = self.device_info.to_dict()

        openid = self.openid

        return_url = self.return_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sign_scene": sign_scene,
                "appid": appid,
                "plan_id": plan_id,
                "out_contract_code": out_contract_code,
                "contract_display_account": contract_display_account,
                "contract_notify_url": contract_notify_url,
                "out_user_code": out_user_code,
                "device_info": device_info,
            }
        )
        if openid is not UNSET:
            field_dict["openid"] = openid
        if return_url is not UNSET:
            field_dict["return_url"] = return_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.papay_device_info import PapayDeviceInfo

        d = dict(src_dict)
        sign_scene = check_papay_harmony_pre_sign_request_sign_scene(d.pop("sign_scene"))

        appid = d.pop("appid")

        plan_id = d.pop("plan_id")

        out_contract_code = d.pop("out_contract_code")

        contract_display_account = d.pop("contract_display_account")

        contract_notify_url = d.pop("contract_notify_url")

        out_user_code = d.pop("out_user_code")

        device_info = PapayDeviceInfo.from_dict(d.pop("device_info"))

        openid = d.pop("openid", UNSET)

        return_url = d.pop("return_url", UNSET)

        papay_harmony_pre_sign_request = cls(
            sign_scene=sign_scene,
            appid=appid,
            plan_id=plan_id,
            out_contract_code=out_contract_code,
            contract_display_account=contract_display_account,
            contract_notify_url=contract_notify_url,
            out_user_code=out_user_code,
            device_info=device_info,
            openid=openid,
            return_url=return_url,
        )

        papay_harmony_pre_sign_request.additional_properties = d
        return papay_harmony_pre_sign_request

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
