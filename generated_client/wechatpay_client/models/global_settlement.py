# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_settlement_amount import GlobalSettlementAmount
    from ..models.global_settlement_split_amount import GlobalSettlementSplitAmount


T = TypeVar("T", bound="GlobalSettlement")


@_attrs_define
class GlobalSettlement:
    """结算信息 — one settlement record; amounts in the minor unit of `amount.currency`."""

    trade_start_date: str
    """ 交易开始日期 — first trading date covered, `yyyyMMdd`. """
    trade_end_date: str
    """ 交易结束日期 — last trading date covered, `yyyyMMdd`. """
    amount: GlobalSettlementAmount
    """ 金额 — amounts of a settlement record, in the minor unit of `currency`. """
    batch_id: str | Unset = UNSET
    """ 付款批次号 — settlement (payout) batch number. """
    settlement_date: str | Unset = UNSET
    """ 结算日期 — settlement date, `yyyyMMdd`. """
    wallet_region: str | Unset = UNSET
    """ 钱包主体 — open set; known values `CHINA_MAINLAND`, `CHINA_HONGKONG`. """
    split_amount: GlobalSettlementSplitAmount | Unset = UNSET
    """ 分账业务金额 — profit-sharing amounts of a settlement record, in the minor unit of `currency`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_start_date = self.trade_start_date

        trade_end_date = self.trade_end_date

        amount = self.amount.to_dict()

        batch_id = self.batch_id

        settlement_date = self.settlement_date

        wallet_region = self.wallet_region

        split_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_amount, Unset):
            split_amount = self.split_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trade_start_date": trade_start_date,
                "trade_end_date": trade_end_date,
                "amount": amount,
            }
        )
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if settlement_date is not UNSET:
            field_dict["settlement_date"] = settlement_date
        if wallet_region is not UNSET:
            field_dict["wallet_region"] = wallet_region
        if split_amount is not UNSET:
            field_dict["split_amount"] = split_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_settlement_amount import GlobalSettlementAmount
        from ..models.global_settlement_split_amount import GlobalSettlementSplitAmount

        d = dict(src_dict)
        trade_start_date = d.pop("trade_start_date")

        trade_end_date = d.pop("trade_end_date")

        amount = GlobalSettlementAmount.from_dict(d.pop("amount"))

        batch_id = d.pop("batch_id", UNSET)

        settlement_date = d.pop("settlement_date", UNSET)

        wallet_region = d.pop("wallet_region", UNSET)

        _split_amount = d.pop("split_amount", UNSET)
        split_amount: GlobalSettlementSplitAmount | Unset
        if isinstance(_split_amount, Unset):
            split_amount = UNSET
        else:
            split_amount = GlobalSettlementSplitAmount.from_dict(_split_amount)

        global_settlement = cls(
            trade_start_date=trade_start_date,
            trade_end_date=trade_end_date,
            amount=amount,
            batch_id=batch_id,
            settlement_date=settlement_date,
            wallet_region=wallet_region,
            split_amount=split_amount,
        )

        global_settlement.additional_properties = d
        return global_settlement

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
