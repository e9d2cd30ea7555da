# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aggracct_channel_beneficial_owner import AggracctChannelBeneficialOwner
    from ..models.aggracct_channel_legal_representative import AggracctChannelLegalRepresentative


T = TypeVar("T", bound="AggracctChannelMerchantArchives")


def _masked_repr(value: object) -> str:
    """Sensitive value (x-wechatpay-sensitive): never shown in repr."""
    return "UNSET" if isinstance(value, Unset) else "'<redacted>'"


@_attrs_define
class AggracctChannelMerchantArchives:
    """商户资料 — the merchant's latest registration data. The fields marked sensitive arrive
    encrypted with the merchant's key; the SDK decrypts them.

    """

    mchid: str | Unset = UNSET
    """ 微信支付商户号 — merchant ID. """
    bal_account_no: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 额度台账号 — ledger account number (decrypted by the SDK). """
    merchant_type: str | Unset = UNSET
    """ 主体类型 — entity type; known values `1`, `2`, `3` (open set). """
    merchant_id_type: str | Unset = UNSET
    """ 主体证件类型 — entity certificate type; known value `12` (open set). """
    merchant_name: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 主体证件登记名称 — registered name (decrypted by the SDK). """
    merchant_id_no: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 主体证件号码 — certificate number (decrypted by the SDK). """
    effective_date: str | Unset = UNSET
    """ 主体证件有效期起始日 — certificate valid from (`YYYY-MM-DD` in the examples). """
    expire_date: str | Unset = UNSET
    """ 主体证件有效期结束日 — certificate valid until (`9999-12-31` for no end). """
    merchant_img_front_id: str | Unset = UNSET
    """ 主体证件正面影像ID — image ID of the certificate's front (see `query_aggracct_channel_merchant_media`). """
    register_address: str | Unset = UNSET
    """ 主体注册地址 — registered address. """
    business_scope: str | Unset = UNSET
    """ 主体经营范围 — business scope. """
    legal_representative: AggracctChannelLegalRepresentative | Unset = UNSET
    """ 法定代表人信息 — the legal representative of the merchant. """
    beneficial_owner: list[AggracctChannelBeneficialOwner] | Unset = UNSET
    """ 受益所有人信息列表 — the beneficial owners. """
    card_no: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    """ 卡号 — card number (decrypted by the SDK). """
    sgn_no: str | Unset = UNSET
    """ 商户子账户协议号 — sub-account agreement number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mchid = self.mchid

        bal_account_no = self.bal_account_no

        merchant_type = self.merchant_type

        merchant_id_type = self.merchant_id_type

        merchant_name = self.merchant_name

        merchant_id_no = self.merchant_id_no

        effective_date = self.effective_date

        expire_date = self.expire_date

        merchant_img_front_id = self.merchant_img_front_id

        register_address = self.register_address

        business_scope = self.business_scope

        legal_representative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.legal_representative, Unset):
            legal_representative = self.legal_representative.to_dict()

        beneficial_owner: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.beneficial_owner, Unset):
            beneficial_owner = []
            for beneficial_owner_item_data in self.beneficial_owner:
                beneficial_owner_item = beneficial_owner_item_data.to_dict()
                beneficial_owner.append(beneficial_owner_item)

        card_no = self.card_no

        sgn_no = self.sgn_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if bal_account_no is not UNSET:
            field_dict["bal_account_no"] = bal_account_no
        if merchant_type is not UNSET:
            field_dict["merchant_type"] = merchant_type
        if merchant_id_type is not UNSET:
            field_dict["merchant_id_type"] = merchant_id_type
        if merchant_name is not UNSET:
            field_dict["merchant_name"] = merchant_name
        if merchant_id_no is not UNSET:
            field_dict["merchant_id_no"] = merchant_id_no
        if effective_date is not UNSET:
            field_dict["effective_date"] = effective_date
        if expire_date is not UNSET:
            field_dict["expire_date"] = expire_date
        if merchant_img_front_id is not UNSET:
            field_dict["merchant_img_front_id"] = merchant_img_front_id
        if register_address is not UNSET:
            field_dict["register_address"] = register_address
        if business_scope is not UNSET:
            field_dict["business_scope"] = business_scope
        if legal_representative is not UNSET:
            field_dict["legal_representative"] = legal_representative
        if beneficial_owner is not UNSET:
            field_dict["beneficial_owner"] = beneficial_owner
        if card_no is not UNSET:
            field_dict["card_no"] = card_no
        if sgn_no is not UNSET:
            field_dict["sgn_no"] = sgn_no

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.aggracct_channel_beneficial_owner import AggracctChannelBeneficialOwner
        from ..models.aggracct_channel_legal_representative import AggracctChannelLegalRepresentative

        d = dict(src_dict)
        mchid = d.pop("mchid", UNSET)

        bal_account_no = d.pop("bal_account_no", UNSET)

        merchant_type = d.pop("merchant_type", UNSET)

        merchant_id_type = d.pop("merchant_id_type", UNSET)

        merchant_name = d.pop("merchant_name", UNSET)

        merchant_id_no = d.pop("merchant_id_no", UNSET)

        effective_date = d.pop("effective_date", UNSET)

        expire_date = d.pop("expire_date", UNSET)

        merchant_img_front_id = d.pop("merchant_img_front_id", UNSET)

        register_address = d.pop("register_address", UNSET)

        business_scope = d.pop("business_scope", UNSET)

        _legal_representative = d.pop("legal_representative", UNSET)
        legal_representative: AggracctChannelLegalRepresentative | Unset
        if isinstance(_legal_representative, Unset):
            legal_representative = UNSET
        else:
            legal_representative = AggracctChannelLegalRepresentative.from_dict(_legal_representative)

        _beneficial_owner = d.pop("beneficial_owner", UNSET)
        beneficial_owner: list[AggracctChannelBeneficialOwner] | Unset = UNSET
        if _beneficial_owner is not UNSET:
            beneficial_owner = []
            for beneficial_owner_item_data in _beneficial_owner:
                beneficial_owner_item = AggracctChannelBeneficialOwner.from_dict(beneficial_owner_item_data)

                beneficial_owner.append(beneficial_owner_item)

        card_no = d.pop("card_no", UNSET)

        sgn_no = d.pop("sgn_no", UNSET)

        aggracct_channel_merchant_archives = cls(
            mchid=mchid,
            bal_account_no=bal_account_no,
            merchant_type=merchant_type,
            merchant_id_type=merchant_id_type,
            merchant_name=merchant_name,
            merchant_id_no=merchant_id_no,
            effective_date=effective_date,
            expire_date=expire_date,
            merchant_img_front_id=merchant_img_front_id,
            register_address=register_address,
            business_scope=business_scope,
            legal_representative=legal_representative,
            beneficial_owner=beneficial_owner,
            card_no=card_no,
            sgn_no=sgn_no,
        )

        aggracct_channel_merchant_archives.additional_properties = d
        return aggracct_channel_merchant_archives

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
