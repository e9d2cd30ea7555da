# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.brand_redpacket_batch_create_request_scene import (
    BrandRedpacketBatchCreateRequestScene,
    check_brand_redpacket_batch_create_request_scene,
)

if TYPE_CHECKING:
    from ..models.brand_redpacket_batch_create_detail import BrandRedpacketBatchCreateDetail


T = TypeVar("T", bound="BrandRedpacketBatchCreateRequest")


@_attrs_define
class BrandRedpacketBatchCreateRequest:
    """品牌商户发放红包请求 — one batch of brand red packets. `detail_list[].user_name` is encrypted by the SDK."""

    brand_id: int
    """ 品牌ID — the brand's ID from WeChat Pay's brand certification. """
    brand_appid: str
    """ 品牌AppID — AppID bound to the brand; the recipients' OpenIDs belong to it. """
    scene: BrandRedpacketBatchCreateRequestScene
    """ 品牌红包发放场景 — `CUSTOM_SEND` (send with a configured custom template), the only value. """
    template_id: str
    """ 品牌红包模板ID — red-packet template configured by the brand. """
    out_batch_no: str
    """ 商家品牌红包批次单号 — the merchant's batch number, unique for the merchant (digits
    and letters, 5 to 32 characters).
     """
    batch_name: str
    """ 品牌红包批次名称 — batch name, shown to users as the activity name in the receipt notice. """
    batch_remark: str
    """ 品牌红包批次备注 — remark for the merchant's own bookkeeping. """
    total_amount: int
    """ 总金额 — total of the batch in fen; must equal the sum of `detail_list[].amount`. """
    total_num: int
    """ 总笔数 — number of red packets, 1 to 10; must equal the length of `detail_list`. """
    detail_list: list[BrandRedpacketBatchCreateDetail]
    """ 品牌红包明细列表 — the red packets, 1 to 10. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_id = self.brand_id

        brand_appid = self.brand_appid

        scene: str = self.scene

        template_id = self.template_id

        out_batch_no = self.out_batch_no

        batch_name = self.batch_name

        batch_remark = self.batch_remark

        total_amount = self.total_amount

        total_num = self.total_num

        detail_list = []
        for detail_list_item_data in self.detail_list:
            detail_list_item = detail_list_item_data.to_dict()
            detail_list.append(detail_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_id": brand_id,
                "brand_appid": brand_appid,
                "scene": scene,
                "template_id": template_id,
                "out_batch_no": out_batch_no,
                "batch_name": batch_name,
                "batch_remark": batch_remark,
                "total_amount": total_amount,
                "total_num": total_num,
                "detail_list": detail_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brand_redpacket_batch_create_detail import BrandRedpacketBatchCreateDetail

        d = dict(src_dict)
        brand_id = d.pop("brand_id")

        brand_appid = d.pop("brand_appid")

        scene = check_brand_redpacket_batch_create_request_scene(d.pop("scene"))

        template_id = d.pop("template_id")

        out_batch_no = d.pop("out_batch_no")

        batch_name = d.pop("batch_name")

        batch_remark = d.pop("batch_remark")

        total_amount = d.pop("total_amount")

        total_num = d.pop("total_num")

        detail_list = []
        _detail_list = d.pop("detail_list")
        for detail_list_item_data in _detail_list:
            detail_list_item = BrandRedpacketBatchCreateDetail.from_dict(detail_list_item_data)

            detail_list.append(detail_list_item)

        brand_redpacket_batch_create_request = cls(
            brand_id=brand_id,
            brand_appid=brand_appid,
            scene=scene,
            template_id=template_id,
            out_batch_no=out_batch_no,
            batch_name=batch_name,
            batch_remark=batch_remark,
            total_amount=total_amount,
            total_num=total_num,
            detail_list=detail_list,
        )

        brand_redpacket_batch_create_request.additional_properties = d
        return brand_redpacket_batch_create_request

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
