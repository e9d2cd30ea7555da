# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer_qq_wallet_scene_report_info import TransferQqWalletSceneReportInfo


T = TypeVar("T", bound="TransferQqWalletBillCreateRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class TransferQqWalletBillCreateRequest:
    """发起转账到QQ钱包请求 — QQ-wallet transfer request. Exactly one of `openid` and
    `user_qq` names the user. `user_name` is sensitive (the SDK encrypts it). Amounts in fen.

    """

    appid: str
    """ 商户AppID — QQ Connect (QQ互联) AppID bound to the merchant. """
    out_bill_no: str
    """ 商户单号 — merchant bill number, digits and letters, unique per merchant. """
    transfer_scene_id: str
    """ 转账场景ID — a scene granted to the merchant, e.g. `1401` (活动奖励). Open set. """
    transfer_amount: int
    """ 转账金额 — amount in fen. The default single-transfer range is 0.1-200 yuan (product
    page); the merchant may have other quotas.
     """
    transfer_remark: str
    """ 转账备注 — remark the user sees (UTF-8, at most 32 characters). """
    transfer_scene_report_infos: list[TransferQqWalletSceneReportInfo]
    """ 转账场景报备信息 — the background entries the scene requires (for 活动奖励: 活动名称 and
    奖励说明).
     """
    openid: str | Unset = UNSET
    """ 收款用户OpenID — the user's OpenID under `appid`; this or `user_qq`. """
    user_qq: str | Unset = UNSET
    """ 收款用户QQ号 — the user's QQ number; this or `openid`. """
    user_name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 收款用户姓名 — the user's real name. Pass plaintext; the SDK encrypts it. Needed above
    2,000 yuan; not accepted below 0.3 yuan.
     """
    notify_url: str | Unset = UNSET
    """ 通知地址 — HTTPS URL that receives `MCHTRANSFER.QQWALLETBILL.FINISHED`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        out_bill_no = self.out_bill_no

        transfer_scene_id = self.transfer_scene_id

        transfer_amount = self.transfer_amount

        transfer_remark = self.transfer_remark

        transfer_scene_report_infos = []
        for transfer_scene_report_infos_item_data in self.transfer_scene_report_infos:
            transfer_scene_report_infos_item = transfer_scene_report_infos_item_data.to_dict()
            transfer_scene_report_infos.append(transfer_scene_report_infos_item)

        openid = self.openid

        user_qq = self.user_qq

        user_name = self.user_name

        notify_url = self.notify_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "out_bill_no": out_bill_no,
                "transfer_scene_id": transfer_scene_id,
                "transfer_amount": transfer_amount,
                "transfer_remark": transfer_remark,
                "transfer_scene_report_infos": transfer_scene_report_infos,
            }
        )
        if openid is not UNSET:
            field_dict["openid"] = openid
        if user_qq is not UNSET:
            field_dict["user_qq"] = user_qq
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transfer_qq_wallet_scene_report_info import TransferQqWalletSceneReportInfo

        d = dict(src_dict)
        appid = d.pop("appid")

        out_bill_no = d.pop("out_bill_no")

        transfer_scene_id = d.pop("transfer_scene_id")

        transfer_amount = d.pop("transfer_amount")

        transfer_remark = d.pop("transfer_remark")

        transfer_scene_report_infos = []
        _transfer_scene_report_infos = d.pop("transfer_scene_report_infos")
        for transfer_scene_report_infos_item_data in _transfer_scene_report_infos:
            transfer_scene_report_infos_item = TransferQqWalletSceneReportInfo.from_dict(
                transfer_scene_report_infos_item_data
            )

            transfer_scene_report_infos.append(transfer_scene_report_infos_item)

        openid = d.pop("openid", UNSET)

        user_qq = d.pop("user_qq", UNSET)

        user_name = d.pop("user_name", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        transfer_qq_wallet_bill_create_request = cls(
            appid=appid,
            out_bill_no=out_bill_no,
            transfer_scene_id=transfer_scene_id,
            transfer_amount=transfer_amount,
            transfer_remark=transfer_remark,
            transfer_scene_report_infos=transfer_scene_report_infos,
            openid=openid,
            user_qq=user_qq,
            user_name=user_name,
            notify_url=notify_url,
        )

        transfer_qq_wallet_bill_create_request.additional_properties = d
        return transfer_qq_wallet_bill_create_request

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
