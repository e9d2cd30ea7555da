# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.busifavor_coupon_code_upload_failure import BusifavorCouponCodeUploadFailure


T = TypeVar("T", bound="BusifavorCouponCodeUploadResponse")


@_attrs_define
class BusifavorCouponCodeUploadResponse:
    """上传预存code应答 — per-code outcome."""

    stock_id: str
    """ 批次号 — batch ID. """
    total_count: int
    """ 去重后上传code总数 — codes in the request after removing duplicates. """
    success_count: int
    """ 上传成功code个数 — codes added. """
    success_time: datetime.datetime
    """ 上传成功时间 — when the upload completed. """
    success_codes: list[str] | Unset = UNSET
    """ 上传成功的code列表 — codes added. """
    fail_count: int | Unset = UNSET
    """ 上传失败code个数 — codes refused. """
    fail_codes: list[BusifavorCouponCodeUploadFailure] | Unset = UNSET
    """ 上传失败的code及原因 — refused codes with reasons. """
    exist_codes: list[str] | Unset = UNSET
    """ 已存在的code列表 — codes already in the batch (not added again). """
    duplicate_codes: list[str] | Unset = UNSET
    """ 本次请求中重复的code列表 — codes repeated in the request (one copy was processed). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stock_id = self.stock_id

        total_count = self.total_count

        success_count = self.success_count

        success_time = self.success_time.isoformat()

        success_codes: list[str] | Unset = UNSET
        if not isinstance(self.success_codes, Unset):
            success_codes = self.success_codes

        fail_count = self.fail_count

        fail_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fail_codes, Unset):
            fail_codes = []
            for fail_codes_item_data in self.fail_codes:
                fail_codes_item = fail_codes_item_data.to_dict()
                fail_codes.append(fail_codes_item)

        exist_codes: list[str] | Unset = UNSET
        if not isinstance(self.exist_codes, Unset):
            exist_codes = self.exist_codes

        duplicate_codes: list[str] | Unset = UNSET
        if not isinstance(self.duplicate_codes, Unset):
            duplicate_codes = self.duplicate_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stock_id": stock_id,
                "total_count": total_count,
                "success_count": success_count,
                "success_time": success_time,
            }
        )
        if success_codes is not UNSET:
            field_dict["success_codes"] = success_codes
        if fail_count is not UNSET:
            field_dict["fail_count"] = fail_count
        if fail_codes is not UNSET:
            field_dict["fail_codes"] = fail_codes
        if exist_codes is not UNSET:
            field_dict["exist_codes"] = exist_codes
        if duplicate_codes is not UNSET:
            field_dict["duplicate_codes"] = duplicate_codes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.busifavor_coupon_code_upload_failure import BusifavorCouponCodeUploadFailure

        d = dict(src_dict)
        stock_id = d.pop("stock_id")

        total_count = d.pop("total_count")

        success_count = d.pop("success_count")

        success_time = datetime.datetime.fromisoformat(d.pop("success_time"))

        success_codes = cast(list[str], d.pop("success_codes", UNSET))

        fail_count = d.pop("fail_count", UNSET)

        _fail_codes = d.pop("fail_codes", UNSET)
        fail_codes: list[BusifavorCouponCodeUploadFailure] | Unset = UNSET
        if _fail_codes is not UNSET:
            fail_codes = []
            for fail_codes_item_data in _fail_codes:
                fail_codes_item = BusifavorCouponCodeUploadFailure.from_dict(fail_codes_item_data)

                fail_codes.append(fail_codes_item)

        exist_codes = cast(list[str], d.pop("exist_codes", UNSET))

        duplicate_codes = cast(list[str], d.pop("duplicate_codes", UNSET))

        busifavor_coupon_code_upload_response = cls(
            stock_id=stock_id,
            total_count=total_count,
            success_count=success_count,
            success_time=success_time,
            success_codes=success_codes,
            fail_count=fail_count,
            fail_codes=fail_codes,
            exist_codes=exist_codes,
            duplicate_codes=duplicate_codes,
        )

        busifavor_coupon_code_upload_response.additional_properties = d
        return busifavor_coupon_code_upload_response

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
