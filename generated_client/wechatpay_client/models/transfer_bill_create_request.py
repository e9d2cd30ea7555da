# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer_scene_report_info import TransferSceneReportInfo
    from ..models.transfer_user_recv_style import TransferUserRecvStyle


T = TypeVar("T", bound="TransferBillCreateRequest")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class TransferBillCreateRequest:
    """发起转账请求 — transfer bill request. `user_name` is sensitive (the SDK encrypts it).
    Amounts are in fen (分).

    """

    appid: str
    """ 商户AppID — an AppID bound to the merchant (official account, mini program, app or WeCom corpid). """
    out_bill_no: str
    """ 商户单号 — merchant bill number, digits and letters, unique per merchant. """
    transfer_scene_id: str
    """ 转账场景ID — a transfer scene granted to the merchant (e.g. `1000` 现金营销, `1005`
    佣金报酬). Not a closed set: merchants apply for scenes in the merchant platform.
     """
    openid: str
    """ 收款用户OpenID — the receiving user's OpenID under `appid`. """
    transfer_amount: int
    """ 转账金额 — amount in fen. The FAQ gives 0.1 yuan as the smallest single transfer; the
    upper limit is the merchant's configured single-transfer quota.
     """
    transfer_remark: str
    """ 转账备注 — remark the user sees (UTF-8, at most 32 characters). """
    transfer_scene_report_infos: list[TransferSceneReportInfo]
    """ 转账场景报备信息 — the background entries the scene requires (fixed `info_type` labels). """
    user_name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 收款用户姓名 — the user's real name. Pass plaintext; the SDK encrypts it with the
    WeChat Pay public key (or platform certificate). Needed from 2,000 yuan upwards.
     """
    notify_url: str | Unset = UNSET
    """ 通知地址 — HTTPS URL without query parameters that receives `MCHTRANSFER.BILL.FINISHED`. """
    user_recv_perception: str | Unset = UNSET
    """ 用户收款感知 — the reason the user sees when receiving; only the values listed for the
    scene are accepted (e.g. 现金奖励 / 活动奖励 for scene 1000).
     """
    user_recv_style: TransferUserRecvStyle | Unset = UNSET
    """ 用户收款样式 — receiving style. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        out_bill_no = self.out_bill_no

        transfer_scene_id = self.transfer_scene_id

        openid = self.openid

        transfer_amount = self.transfer_amount

        transfer_remark = self.transfer_remark

        transfer_scene_report_infos = []
        for transfer_scene_report_infos_item_data in self.transfer_scene_report_infos:
            transfer_scene_report_infos_item = transfer_scene_report_infos_item_data.to_dict()
            transfer_scene_report_infos.append(transfer_scene_report_infos_item)

        user_name = self.user_name

        notify_url = self.notify_url

        user_recv_perception = self.user_recv_perception

        user_recv_style: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_recv_style, Unset):
            user_recv_style = self.user_recv_style.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "out_bill_no": out_bill_no,
                "transfer_scene_id": transfer_scene_id,
                "openid": openid,
                "transfer_amount": transfer_amount,
                "transfer_remark": transfer_remark,
                "transfer_scene_report_infos": transfer_scene_report_infos,
            }
        )
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if user_recv_perception is not UNSET:
            field_dict["user_recv_perception"] = user_recv_perception
        if user_recv_style is not UNSET:
            field_dict["user_recv_style"] = user_recv_style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transfer_scene_report_info import TransferSceneReportInfo
        from ..models.transfer_user_recv_style import TransferUserRecvStyle

        d = dict(src_dict)
        appid = d.pop("appid")

        out_bill_no = d.pop("out_bill_no")

        transfer_scene_id = d.pop("transfer_scene_id")

        openid = d.pop("openid")

        transfer_amount = d.pop("transfer_amount")

        transfer_remark = d.pop("transfer_remark")

        transfer_scene_report_infos = []
        _transfer_scene_report_infos = d.pop("transfer_scene_report_infos")
        for transfer_scene_report_infos_item_data in _transfer_scene_report_infos:
            transfer_scene_report_infos_item = TransferSceneReportInfo.from_dict(transfer_scene_report_infos_item_data)

            transfer_scene_report_infos.append(transfer_scene_report_infos_item)

        user_name = d.pop("user_name", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        user_recv_perception = d.pop("user_recv_perception", UNSET)

        _user_recv_style = d.pop("user_recv_style", UNSET)
        user_recv_style: TransferUserRecvStyle | Unset
        if isinstance(_user_recv_style, Unset):
            user_recv_style = UNSET
        else:
            user_recv_style = TransferUserRecvStyle.from_dict(_user_recv_style)

        transfer_bill_create_request = cls(
            appid=appid,
            out_bill_no=out_bill_no,
            transfer_scene_id=transfer_scene_id,
            openid=openid,
            transfer_amount=transfer_amount,
            transfer_remark=transfer_remark,
            transfer_scene_report_infos=transfer_scene_report_infos,
            user_name=user_name,
            notify_url=notify_url,
            user_recv_perception=user_recv_perception,
            user_recv_style=user_recv_style,
        )

        transfer_bill_create_request.additional_properties = d
        return transfer_bill_create_request

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
