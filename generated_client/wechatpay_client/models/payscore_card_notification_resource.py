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


T = TypeVar("T", bound="PayscoreCardNotificationResource")


@_attrs_define
class PayscoreCardNotificationResource:
    """先享卡通知 — the decrypted resource of the discount-card notifications:
    `DISCOUNT_CARD.USER_ACCEPTED` (the user claimed the card; sent to the `notify_url` of
    `prepare_discount_card`), `DISCOUNT_CARD.GET_CARD` and `DISCOUNT_CARD.SETTLEMENT` (card
    claimed / settled; sent to the URLs configured in the card template),
    `DISCOUNT_CARD.AGREEMENT_ENDED` (the agreement state changed) and
    `DISCOUNT_CARD.USER_PAID` (the payment state changed; carries `pay_information`). The
    source marks no field required, so none is. It types `total_amount` and `pay_amount` as
    strings; they are integers (fen) here, as in `query_discount_card`. Unknown keys are
    kept; the card can be re-read with `query_discount_card`.

    """

    appid: str | Unset = UNSET
    """ 公众账号ID — AppID. """
    openid: str | Unset = UNSET
    """ 用户标识 — the user's OpenID under `appid`. """
    card_id: str | Unset = UNSET
    """ 先享卡ID — card ID. """
    card_template_id: str | Unset = UNSET
    """ 先享卡模板ID — the card's template. """
    create_time: str | Unset = UNSET
    """ 创卡时间 — when the card was created. """
    mchid: str | Unset = UNSET
    """ 商户号 — merchant ID. """
    objectives: list[PayscoreCardObjective] | Unset = UNSET
    """ 目标列表 — the card's goals (`objective_id` at least). """
    out_card_code: str | Unset = UNSET
    """ 商户领卡号 — the merchant's claim number. """
    rewards: list[PayscoreCardReward] | Unset = UNSET
    """ 优惠列表 — the card's rewards (`reward_id` at least). """
    state: str | Unset = UNSET
    """ 状态 — the card's (agreement) state; open set. """
    time_range: PayscoreCardTimeRange | Unset = UNSET
    """ 约定时间期限 — the term of a card. """
    total_amount: int | Unset = UNSET
    """ 享受优惠总金额 — total value of the rewards enjoyed, in fen. """
    unfinished_reason: str | Unset = UNSET
    """ 未完成约定原因 — why the agreement was not fulfilled. """
    pay_information: PayscoreCardPayInformation | Unset = UNSET
    """ 付款信息 — the user's payment returning rewards. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        openid = self.openid

        card_id = self.card_id

        card_template_id = self.card_template_id

        create_time = self.create_time

        mchid = self.mchid

        objectives: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.objectives, Unset):
            objectives = []
            for objectives_item_data in self.objectives:
                objectives_item = objectives_item_data.to_dict()
                objectives.append(objectives_item)

        out_card_code = self.out_card_code

        rewards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rewards, Unset):
            rewards = []
            for rewards_item_data in self.rewards:
                rewards_item = rewards_item_data.to_dict()
                rewards.append(rewards_item)

        state = self.state

        time_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_range, Unset):
            time_range = self.time_range.to_dict()

        total_amount = self.total_amount

        unfinished_reason = self.unfinished_reason

        pay_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_information, Unset):
            pay_information = self.pay_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appid is not UNSET:
            field_dict["appid"] = appid
        if openid is not UNSET:
            field_dict["openid"] = openid
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if card_template_id is not UNSET:
            field_dict["card_template_id"] = card_template_id
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if mchid is not UNSET:
            field_dict["mchid"] = mchid
        if objectives is not UNSET:
            field_dict["objectives"] = objectives
        if out_card_code is not UNSET:
            field_dict["out_card_code"] = out_card_code
        if rewards is not UNSET:
            field_dict["rewards"] = rewards
        if state is not UNSET:
            field_dict["state"] = state
        if time_range is not UNSET:
            field_dict["time_range"] = time_range
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if unfinished_reason is not UNSET:
            field_dict["unfinished_reason"] = unfinished_reason
        if pay_information is not UNSET:
            field_dict["pay_information"] = pay_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payscore_card_objective import PayscoreCardObjective
        from ..models.payscore_card_pay_information import PayscoreCardPayInformation
        from ..models.payscore_card_reward import PayscoreCardReward
        from ..models.payscore_card_time_range import PayscoreCardTimeRange

        d = dict(src_dict)
        appid = d.pop("appid", UNSET)

        openid = d.pop("openid", UNSET)

        card_id = d.pop("card_id", UNSET)

        card_template_id = d.pop("card_template_id", UNSET)

        create_time = d.pop("create_time", UNSET)

        mchid = d.pop("mchid", UNSET)

        _objectives = d.pop("objectives", UNSET)
        objectives: list[PayscoreCardObjective] | Unset = UNSET
        if _objectives is not UNSET:
            objectives = []
            for objectives_item_data in _objectives:
                objectives_item = PayscoreCardObjective.from_dict(objectives_item_data)

                objectives.append(objectives_item)

        out_card_code = d.pop("out_card_code", UNSET)

        _rewards = d.pop("rewards", UNSET)
        rewards: list[PayscoreCardReward] | Unset = UNSET
        if _rewards is not UNSET:
            rewards = []
            for rewards_item_data in _rewards:
                rewards_item = PayscoreCardReward.from_dict(rewards_item_data)

                rewards.append(rewards_item)

        state = d.pop("state", UNSET)

        _time_range = d.pop("time_range", UNSET)
        time_range: PayscoreCardTimeRange | Unset
        if isinstance(_time_range, Unset):
            time_range = UNSET
        else:
            time_range = PayscoreCardTimeRange.from_dict(_time_range)

        total_amount = d.pop("total_amount", UNSET)

        unfinished_reason = d.pop("unfinished_reason", UNSET)

        _pay_information = d.pop("pay_information", UNSET)
        pay_information: PayscoreCardPayInformation | Unset
        if isinstance(_pay_information, Unset):
            pay_information = UNSET
        else:
            pay_information = PayscoreCardPayInformation.from_dict(_pay_information)

        payscore_card_notification_resource = cls(
            appid=appid,
            openid=openid,
            card_id=card_id,
            card_template_id=card_template_id,
            create_time=create_time,
            mchid=mchid,
            objectives=objectives,
            out_card_code=out_card_code,
            rewards=rewards,
            state=state,
            time_range=time_range,
            total_amount=total_amount,
            unfinished_reason=unfinished_reason,
            pay_information=pay_information,
        )

        payscore_card_notification_resource.additional_properties = d
        return payscore_card_notification_resource

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
