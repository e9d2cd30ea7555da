# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.merchant_store_address import MerchantStoreAddress
    from ..models.merchant_store_basics import MerchantStoreBasics
    from ..models.merchant_store_business import MerchantStoreBusiness
    from ..models.merchant_store_recipient import MerchantStoreRecipient
    from ..models.merchant_store_state import MerchantStoreState


T = TypeVar("T", bound="MerchantStore")


@_attrs_define
class MerchantStore:
    """品牌门店 — a brand store. Every part is optional (official page, OA, IM)."""

    store_basics: MerchantStoreBasics | Unset = UNSET
    """ 门店基础信息 — basic data of a store. """
    store_address: MerchantStoreAddress | Unset = UNSET
    """ 门店地址信息 — where a store is. """
    store_business: MerchantStoreBusiness | Unset = UNSET
    """ 门店经营信息 — contact and opening hours of a store. """
    store_recipient: list[MerchantStoreRecipient] | Unset = UNSET
    """ 门店收款信息 — merchants receiving the store's payments (one entry at present). """
    store_state: MerchantStoreState | Unset = UNSET
    """ 门店状态 — review status of a store. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        store_basics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.store_basics, Unset):
            store_basics = self.store_basics.to_dict()

        store_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.store_address, Unset):
            store_address = self.store_address.to_dict()

        store_business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.store_business, Unset):
            store_business = self.store_business.to_dict()

        store_recipient: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.store_recipient, Unset):
            store_recipient = []
            for store_recipient_item_data in self.store_recipient:
                store_recipient_item = store_recipient_item_data.to_dict()
                store_recipient.append(store_recipient_item)

        store_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.store_state, Unset):
            store_state = self.store_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if store_basics is not UNSET:
            field_dict["store_basics"] = store_basics
        if store_address is not UNSET:
            field_dict["store_address"] = store_address
        if store_business is not UNSET:
            field_dict["store_business"] = store_business
        if store_recipient is not UNSET:
            field_dict["store_recipient"] = store_recipient
        if store_state is not UNSET:
            field_dict["store_state"] = store_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.merchant_store_address import MerchantStoreAddress
        from ..models.merchant_store_basics import MerchantStoreBasics
        from ..models.merchant_store_business import MerchantStoreBusiness
        from ..models.merchant_store_recipient import MerchantStoreRecipient
        from ..models.merchant_store_state import MerchantStoreState

        d = dict(src_dict)
        _store_basics = d.pop("store_basics", UNSET)
        store_basics: MerchantStoreBasics | Unset
        if isinstance(_store_basics, Unset):
            store_basics = UNSET
        else:
            store_basics = MerchantStoreBasics.from_dict(_store_basics)

        _store_address = d.pop("store_address", UNSET)
        store_address: MerchantStoreAddress | Unset
        if isinstance(_store_address, Unset):
            store_address = UNSET
        else:
            store_address = MerchantStoreAddress.from_dict(_store_address)

        _store_business = d.pop("store_business", UNSET)
        store_business: MerchantStoreBusiness | Unset
        if isinstance(_store_business, Unset):
            store_business = UNSET
        else:
            store_business = MerchantStoreBusiness.from_dict(_store_business)

        _store_recipient = d.pop("store_recipient", UNSET)
        store_recipient: list[MerchantStoreRecipient] | Unset = UNSET
        if _store_recipient is not UNSET:
            store_recipient = []
            for store_recipient_item_data in _store_recipient:
                store_recipient_item = MerchantStoreRecipient.from_dict(store_recipient_item_data)

                store_recipient.append(store_recipient_item)

        _store_state = d.pop("store_state", UNSET)
        store_state: MerchantStoreState | Unset
        if isinstance(_store_state, Unset):
            store_state = UNSET
        else:
            store_state = MerchantStoreState.from_dict(_store_state)

        merchant_store = cls(
            store_basics=store_basics,
            store_address=store_address,
            store_business=store_business,
            store_recipient=store_recipient,
            store_state=store_state,
        )

        merchant_store.additional_properties = d
        return merchant_store

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
