# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payscore_card_objective import PayscoreCardObjective
    from ..models.payscore_card_pay_information import PayscoreCardPayInformation
    from ..models.payscore_card_reward import PayscoreCardReward
    from ..models.payscore_card_time_range import PayscoreCardTimeRange


T = TypeVar("T", bound="PayscoreCard")


@_attrs_define
class PayscoreCard:
    """先享卡 — a claimed discount card (answer of `query_discount_card`). Amounts in fen.
    Times are plain strings as sent.

    """

    card_id: str
    """ 先享卡ID — card ID assigned by WeChat Pay. """
    card_template_id: str
    """ 先享卡模板ID — the card's template. """
    out_card_code: str
    """ 商户领卡号 — the merchant's claim number. """
    appid: str
    """ 公众账号ID — AppID. """
    mchid: str
    """ 商户号 — merchant ID. """
    time_range: PayscoreCardTimeRange
    """ 约定时间期限 — the term of a card. """
    state: str
    """ 状态 — the card's (agreement) state; open set (the sources list no values). """
    create_time: str
    """ 创卡时间 — when the card was created. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    unfinished_reason: str | Unset = UNSET
    """ 未完成约定原因 — why the agreement was not fulfilled. """
    total_amount: int | Unset = UNSET
    """ 享受优惠总金额 — total value of the rewards enjoyed, in fen. """
    pay_information: PayscoreCardPayInformation | Unset = UNSET
    """ 付款信息 — the user's payment returning rewards. """
    objectives: list[PayscoreCardObjective] | Unset = UNSET
    """ 目标列表 — the card's goals. """
    rewards: list[PayscoreCardReward] | Unset = UNSET
    """ 优惠列表 — the card's rewards. """
    sharer_openid: str | Unset = UNSET
    """ 邀请者用户标识 — OpenID of the user who shared the card. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        card_template_id = self.card_template_id

        out_card_code = self.out_card_code

        appid = self.appid

        mchid = self.mchid

        time_range = self.time_range.to_dict()

        state = self.state

        create_time = self.create_time

        openid = self.openid

        unfinished_reason = self.unfinished_reason

        total_amount = self.total_amount

        pay_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_information, Unset):
            pay_information = self.pay_information.to_dict()

        objectives: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.objectives, Unset):
            objectives = []
            for objectives_item_data in self.objectives:
                objectives_item = objectives_item_data.to_dict()
                objectives.append(objectives_item)

        rewards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rewards, Unset):
            rewards = []
            for rewards_item_data in self.rewards:
                rewards_item = rewards_item_data.to_dict()
                rewards.append(rewards_item)

        sharer_openid = self.sharer_openid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_id": card_id,
                "card_template_id": card_template_id,
                "out_card_code": out_card_code,
                "appid": appid,
                "mchid": mchid,
                "time_range": time_range,
                "state": state,
                "create_time": create_time,
            }
        )
        if openid is not UNSET:
            field_dict["openid"] = openid
        if unfinished_reason is not UNSET:
            field_dict["unfinished_reason"] = unfinished_reason
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if pay_information is not UNSET:
            field_dict["pay_information"] = pay_information
        if objectives is not UNSET:
            field_dict["objectives"] = objectives
        if rewards is not UNSET:
            field_dict["rewards"] = rewards
        if sharer_openid is not UNSET:
            field_dict["sharer_openid"] = sharer_openid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_card_objective import PayscoreCardObjective
        from ..models.payscore_card_pay_information import PayscoreCardPayInformation
        from ..models.payscore_card_reward import PayscoreCardReward
        from ..models.payscore_card_time_range import PayscoreCardTimeRange

        d = dict(src_dict)
        card_id = d.pop("card_id")

        card_template_id = d.pop("card_template_id")

        out_card_code = d.pop("out_card_code")

        appid = d.pop("appid")

        mchid = d.pop("mchid")

        time_range = PayscoreCardTimeRange.from_dict(d.pop("time_range"))

        state = d.pop("state")

        create_time = d.pop("create_time")

        openid = d.pop("openid", UNSET)

        unfinished_reason = d.pop("unfinished_reason", UNSET)

        total_amount = d.pop("total_amount", UNSET)

        _pay_information = d.pop("pay_information", UNSET)
        pay_information: PayscoreCardPayInformation | Unset
        if isinstance(_pay_information, Unset):
            pay_information = UNSET
        else:
            pay_information = PayscoreCardPayInformation.from_dict(_pay_information)

        _objectives = d.pop("objectives", UNSET)
        objectives: list[PayscoreCardObjective] | Unset = UNSET
        if _objectives is not UNSET:
            objectives = []
            for objectives_item_data in _objectives:
                objectives_item = PayscoreCardObjective.from_dict(objectives_item_data)

                objectives.append(objectives_item)

        _rewards = d.pop("rewards", UNSET)
        rewards: list[PayscoreCardReward] | Unset = UNSET
        if _rewards is not UNSET:
            rewards = []
            for rewards_item_data in _rewards:
                rewards_item = PayscoreCardReward.from_dict(rewards_item_data)

                rewards.append(rewards_item)

        sharer_openid = d.pop("sharer_openid", UNSET)

        payscore_card = cls(
            card_id=card_id,
            card_template_id=card_template_id,
            out_card_code=out_card_code,
            appid=appid,
            mchid=mchid,
            time_range=time_range,
            state=state,
            create_time=create_time,
            openid=openid,
            unfinished_reason=unfinished_reason,
            total_amount=total_amount,
            pay_information=pay_information,
            objectives=objectives,
            rewards=rewards,
            sharer_openid=sharer_openid,
        )

        payscore_card.additional_properties = d
        return payscore_card

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
