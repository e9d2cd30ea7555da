# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transfer_batch import TransferBatch
    from ..models.transfer_batch_detail_compact import TransferBatchDetailCompact


T = TypeVar("T", bound="TransferBatchEntity")


@_attrs_define
class TransferBatchEntity:
    """批次单查询应答 — a batch and, when asked for, a page of its details."""

    transfer_batch: TransferBatch
    """ 转账批次单 — a transfer batch. Amounts in fen. """
    transfer_detail_list: list[TransferBatchDetailCompact] | Unset = UNSET
    """ 转账明细单列表 — a page of details; only for a `FINISHED` batch with `need_query_detail=true`. """
    offset: int | Unset = UNSET
    """ 请求资源起始位置 — offset of this page. """
    limit: int | Unset = UNSET
    """ 最大资源条数 — page size. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_batch = self.transfer_batch.to_dict()

        transfer_detail_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transfer_detail_list, Unset):
            transfer_detail_list = []
            for transfer_detail_list_item_data in self.transfer_detail_list:
                transfer_detail_list_item = transfer_detail_list_item_data.to_dict()
                transfer_detail_list.append(transfer_detail_list_item)

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_batch": transfer_batch,
            }
        )
        if transfer_detail_list is not UNSET:
            field_dict["transfer_detail_list"] = transfer_detail_list
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transfer_batch import TransferBatch
        from ..models.transfer_batch_detail_compact import TransferBatchDetailCompact

        d = dict(src_dict)
        transfer_batch = TransferBatch.from_dict(d.pop("transfer_batch"))

        _transfer_detail_list = d.pop("transfer_detail_list", UNSET)
        transfer_detail_list: list[TransferBatchDetailCompact] | Unset = UNSET
        if _transfer_detail_list is not UNSET:
            transfer_detail_list = []
            for transfer_detail_list_item_data in _transfer_detail_list:
                transfer_detail_list_item = TransferBatchDetailCompact.from_dict(transfer_detail_list_item_data)

                transfer_detail_list.append(transfer_detail_list_item)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        transfer_batch_entity = cls(
            transfer_batch=transfer_batch,
            transfer_detail_list=transfer_detail_list,
            offset=offset,
            limit=limit,
        )

        transfer_batch_entity.additional_properties = d
        return transfer_batch_entity

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
