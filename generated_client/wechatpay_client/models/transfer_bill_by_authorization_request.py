# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer_scene_report_info import TransferSceneReportInfo


T = TypeVar("T", bound="TransferBillByAuthorizationRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class TransferBillByAuthorizationRequest:
    """用户授权后转账请求 — transfer to a user with an authorisation in force; name it by
    `authorization_id` or `out_authorization_no`. `user_name` is sensitive.

    """

    appid: str
    """ 商户AppID — an AppID bound to the merchant. """
    out_bill_no: str
    """ 商户单号 — merchant bill number, digits and letters, unique per merchant. """
    transfer_amount: int
    """ 转账金额 — amount in fen. """
    transfer_remark: str
    """ 转账备注 — remark the user sees (at most 32 characters). """
    transfer_scene_id: str
    """ 转账场景ID — a transfer scene granted to the merchant (open set). """
    transfer_scene_report_infos: list[TransferSceneReportInfo]
    """ 转账场景报备信息 — the background entries the scene requires. """
    user_name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 收款用户姓名 — the user's real name. Pass plaintext; the SDK encrypts it. """
    notify_url: str | Unset = UNSET
    """ 通知地址 — HTTPS URL that receives `MCHTRANSFER.BILL.FINISHED`. """
    user_recv_perception: str | Unset = UNSET
    """ 用户收款感知 — the reason the user sees; only the values listed for the scene. """
    authorization_id: str | Unset = UNSET
    """ 微信免确认收款授权单号 — WeChat Pay's authorisation number. """
    sponsor_mchid: str | Unset = UNSET
    """ 出资商户号 — the merchant ID that funds the transfer, when not the caller. """
    out_authorization_no: str | Unset = UNSET
    """ 商户侧授权单号 — the merchant's authorisation number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        out_bill_no = self.out_bill_no

        transfer_amount = self.transfer_amount

        transfer_remark = self.transfer_remark

        transfer_scene_id = self.transfer_scene_id

        transfer_scene_report_infos = []
        for transfer_scene_report_infos_item_data in self.transfer_scene_report_infos:
            transfer_scene_report_infos_item = transfer_scene_report_infos_item_data.to_dict()
            transfer_scene_report_infos.append(transfer_scene_report_infos_item)

        user_name = self.user_name

        notify_url = self.notify_url

        user_recv_perception = self.user_recv_perception

        authorization_id = self.authorization_id

        sponsor_mchid = self.sponsor_mchid

        out_authorization_no = self.out_authorization_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "out_bill_no": out_bill_no,
                "transfer_amount": transfer_amount,
                "transfer_remark": transfer_remark,
                "transfer_scene_id": transfer_scene_id,
                "transfer_scene_report_infos": transfer_scene_report_infos,
            }
        )
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if user_recv_perception is not UNSET:
            field_dict["user_recv_perception"] = user_recv_perception
        if authorization_id is not UNSET:
            field_dict["authorization_id"] = authorization_id
        if sponsor_mchid is not UNSET:
            field_dict["sponsor_mchid"] = sponsor_mchid
        if out_authorization_no is not UNSET:
            field_dict["out_authorization_no"] = out_authorization_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transfer_scene_report_info import TransferSceneReportInfo

        d = dict(src_dict)
        appid = d.pop("appid")

        out_bill_no = d.pop("out_bill_no")

        transfer_amount = d.pop("transfer_amount")

        transfer_remark = d.pop("transfer_remark")

        transfer_scene_id = d.pop("transfer_scene_id")

        transfer_scene_report_infos = []
        _transfer_scene_report_infos = d.pop("transfer_scene_report_infos")
        for transfer_scene_report_infos_item_data in _transfer_scene_report_infos:
            transfer_scene_report_infos_item = TransferSceneReportInfo.from_dict(transfer_scene_report_infos_item_data)

            transfer_scene_report_infos.append(transfer_scene_report_infos_item)

        user_name = d.pop("user_name", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        user_recv_perception = d.pop("user_recv_perception", UNSET)

        authorization_id = d.pop("authorization_id", UNSET)

        sponsor_mchid = d.pop("sponsor_mchid", UNSET)

        out_authorization_no = d.pop("out_authorization_no", UNSET)

        transfer_bill_by_authorization_request = cls(
            appid=appid,
            out_bill_no=out_bill_no,
            transfer_amount=transfer_amount,
            transfer_remark=transfer_remark,
            transfer_scene_id=transfer_scene_id,
            transfer_scene_report_infos=transfer_scene_report_infos,
            user_name=user_name,
            notify_url=notify_url,
            user_recv_perception=user_recv_perception,
            authorization_id=authorization_id,
            sponsor_mchid=sponsor_mchid,
            out_authorization_no=out_authorization_no,
        )

        transfer_bill_by_authorization_request.additional_properties = d
        return transfer_bill_by_authorization_request

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
