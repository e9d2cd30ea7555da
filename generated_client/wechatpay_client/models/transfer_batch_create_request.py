# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer_batch_detail_input import TransferBatchDetailInput


T = TypeVar("T", bound="TransferBatchCreateRequest")


@_attrs_define
class TransferBatchCreateRequest:
    """发起批量转账请求 — batch transfer request. Amounts in fen; `total_amount`/`total_num`
    must match the details. `user_name` and `user_id_card` are sensitive.

    """

    appid: str
    """ 商户appid — an AppID bound to the merchant (WeCom corpid too). """
    out_batch_no: str
    """ 商家批次单号 — merchant batch number, digits and letters, unique per merchant. """
    batch_name: str
    """ 批次名称 — batch name. """
    batch_remark: str
    """ 批次备注 — batch remark (UTF-8, at most 32 characters). """
    total_amount: int
    """ 转账总金额 — sum of the detail amounts, in fen. """
    total_num: int
    """ 转账总笔数 — number of details, at most 1,000. """
    transfer_detail_list: list[TransferBatchDetailInput]
    """ 转账明细列表 — the details, at most 1,000. """
    transfer_scene_id: str | Unset = UNSET
    """ 转账场景ID — the transfer scene (e.g. `1001` 现金营销); when absent, the merchant's
    default scene is used.
     """
    notify_url: str | Unset = UNSET
    """ 通知地址 — HTTPS URL without query parameters that receives `MCHTRANSFER.BATCH.*`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        out_batch_no = self.out_batch_no

        batch_name = self.batch_name

        batch_remark = self.batch_remark

        total_amount = self.total_amount

        total_num = self.total_num

        transfer_detail_list = []
        for transfer_detail_list_item_data in self.transfer_detail_list:
            transfer_detail_list_item = transfer_detail_list_item_data.to_dict()
            transfer_detail_list.append(transfer_detail_list_item)

        transfer_scene_id = self.transfer_scene_id

        notify_url = self.notify_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "out_batch_no": out_batch_no,
                "batch_name": batch_name,
                "batch_remark": batch_remark,
                "total_amount": total_amount,
                "total_num": total_num,
                "transfer_detail_list": transfer_detail_list,
            }
        )
        if transfer_scene_id is not UNSET:
            field_dict["transfer_scene_id"] = transfer_scene_id
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transfer_batch_detail_input import TransferBatchDetailInput

        d = dict(src_dict)
        appid = d.pop("appid")

        out_batch_no = d.pop("out_batch_no")

        batch_name = d.pop("batch_name")

        batch_remark = d.pop("batch_remark")

        total_amount = d.pop("total_amount")

        total_num = d.pop("total_num")

        transfer_detail_list = []
        _transfer_detail_list = d.pop("transfer_detail_list")
        for transfer_detail_list_item_data in _transfer_detail_list:
            transfer_detail_list_item = TransferBatchDetailInput.from_dict(transfer_detail_list_item_data)

            transfer_detail_list.append(transfer_detail_list_item)

        transfer_scene_id = d.pop("transfer_scene_id", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        transfer_batch_create_request = cls(
            appid=appid,
            out_batch_no=out_batch_no,
            batch_name=batch_name,
            batch_remark=batch_remark,
            total_amount=total_amount,
            total_num=total_num,
            transfer_detail_list=transfer_detail_list,
            transfer_scene_id=transfer_scene_id,
            notify_url=notify_url,
        )

        transfer_batch_create_request.additional_properties = d
        return transfer_batch_create_request

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
