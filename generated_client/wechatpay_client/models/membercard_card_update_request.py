# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membercard_card_update_request_code_mode import (
    MembercardCardUpdateRequestCodeMode,
    check_membercard_card_update_request_code_mode,
)
from ..models.membercard_card_update_request_code_type import (
    MembercardCardUpdateRequestCodeType,
    check_membercard_card_update_request_code_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membercard_additional_statement import MembercardAdditionalStatement
    from ..models.membercard_balance_information import MembercardBalanceInformation
    from ..models.membercard_date_information import MembercardDateInformation
    from ..models.membercard_user_information_form_update import MembercardUserInformationFormUpdate


T = TypeVar("T", bound="MembercardCardUpdateRequest")


@_attrs_define
class MembercardCardUpdateRequest:
    """修改会员卡模板信息请求 — the template fields to change; absent fields stay as they are."""

    appid: str | Unset = UNSET
    """ 商户AppID — the service-account AppID. """
    logo_url: str | Unset = UNSET
    """ 会员卡logo — logo URL from the marketing image upload. """
    title: str | Unset = UNSET
    """ 卡名称 — card name, at most 10 characters. """
    background_picture_url: str | Unset = UNSET
    """ 会员卡背景图 — background URL from the marketing image upload. """
    description: str | Unset = UNSET
    """ 使用须知 — terms of use, at most 500 characters. """
    service_phone: str | Unset = UNSET
    """ 服务电话 — service phone. """
    total_quantity: int | Unset = UNSET
    """ 会员卡总库存 — total stock. """
    date_information: MembercardDateInformation | Unset = UNSET
    """ 有效期 — validity of the cards (request side; see `MembercardResponseDateInformation`):
    a fixed time range (`available_begin_time`/`available_end_time`), a fixed term after the
    card is taken (`available_day_after_receive`, optionally starting
    `wait_days_after_receive` days later), or permanent.
     """
    need_display_level: bool | Unset = UNSET
    """ 是否展示会员等级 — whether the member level is shown. """
    init_level: str | Unset = UNSET
    """ 会员初始等级 — initial member level. """
    balance_information: MembercardBalanceInformation | Unset = UNSET
    """ 储值信息 — stored-value settings of a template (request and answer). """
    user_information_form: MembercardUserInformationFormUpdate | Unset = UNSET
    """ 开卡信息 — the sign-up form of a template being changed (request side). """
    additional_statement: MembercardAdditionalStatement | Unset = UNSET
    """ 商户补充声明 — a supplementary statement linked from the card (request and answer). """
    code_mode: MembercardCardUpdateRequestCodeMode | Unset = UNSET
    """ 会员卡code分配类型 — code allocation mode. """
    code_type: MembercardCardUpdateRequestCodeType | Unset = UNSET
    """ 会员码型 — how the membership number is shown. """
    need_dynamic_code: bool | Unset = UNSET
    """ 是否启用动态码 — whether the dynamic code is used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        logo_url = self.logo_url

        title = self.title

        background_picture_url = self.background_picture_url

        description = self.description

        service_phone = self.service_phone

        total_quantity = self.total_quantity

        date_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_information, Unset):
            date_information = self.date_information.to_dict()

        need_display_level = self.need_display_level

        init_level = self.init_level

        balance_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_information, Unset):
            balance_information = self.balance_information.to_dict()

        user_information_form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_information_form, Unset):
            user_information_form = self.user_information_form.to_dict()

        additional_statement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_statement, Unset):
            additional_statement = self.additional_statement.to_dict()

        code_mode: str | Unset = UNSET
        if not isinstance(self.code_mode, Unset):
            code_mode = self.code_mode

        code_type: str | Unset = UNSET
        if not isinstance(self.code_type, Unset):
            code_type = self.code_type

        need_dynamic_code = self.need_dynamic_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appid is not UNSET:
            field_dict["appid"] = appid
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if title is not UNSET:
            field_dict["title"] = title
        if background_picture_url is not UNSET:
            field_dict["background_picture_url"] = background_picture_url
        if description is not UNSET:
            field_dict["description"] = description
        if service_phone is not UNSET:
            field_dict["service_phone"] = service_phone
        if total_quantity is not UNSET:
            field_dict["total_quantity"] = total_quantity
        if date_information is not UNSET:
            field_dict["date_information"] = date_information
        if need_display_level is not UNSET:
            field_dict["need_display_level"] = need_display_level
        if init_level is not UNSET:
            field_dict["init_level"] = init_level
        if balance_information is not UNSET:
            field_dict["balance_information"] = balance_information
        if user_information_form is not UNSET:
            field_dict["user_information_form"] = user_information_form
        if additional_statement is not UNSET:
            field_dict["additional_statement"] = additional_statement
        if code_mode is not UNSET:
            field_dict["code_mode"] = code_mode
        if code_type is not UNSET:
            field_dict["code_type"] = code_type
        if need_dynamic_code is not UNSET:
            field_dict["need_dynamic_code"] = need_dynamic_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membercard_additional_statement import MembercardAdditionalStatement
        from ..models.membercard_balance_information import MembercardBalanceInformation
        from ..models.membercard_date_information import MembercardDateInformation
        from ..models.membercard_user_information_form_update import MembercardUserInformationFormUpdate

        d = dict(src_dict)
        appid = d.pop("appid", UNSET)

        logo_url = d.pop("logo_url", UNSET)

        title = d.pop("title", UNSET)

        background_picture_url = d.pop("background_picture_url", UNSET)

        description = d.pop("description", UNSET)

        service_phone = d.pop("service_phone", UNSET)

        total_quantity = d.pop("total_quantity", UNSET)

        _date_information = d.pop("date_information", UNSET)
        date_information: MembercardDateInformation | Unset
        if isinstance(_date_information, Unset):
            date_information = UNSET
        else:
            date_information = MembercardDateInformation.from_dict(_date_information)

        need_display_level = d.pop("need_display_level", UNSET)

        init_level = d.pop("init_level", UNSET)

        _balance_information = d.pop("balance_information", UNSET)
        balance_information: MembercardBalanceInformation | Unset
        if isinstance(_balance_information, Unset):
            balance_information = UNSET
        else:
            balance_information = MembercardBalanceInformation.from_dict(_balance_information)

        _user_information_form = d.pop("user_information_form", UNSET)
        user_information_form: MembercardUserInformationFormUpdate | Unset
        if isinstance(_user_information_form, Unset):
            user_information_form = UNSET
        else:
            user_information_form = MembercardUserInformationFormUpdate.from_dict(_user_information_form)

        _additional_statement = d.pop("additional_statement", UNSET)
        additional_statement: MembercardAdditionalStatement | Unset
        if isinstance(_additional_statement, Unset):
            additional_statement = UNSET
        else:
            additional_statement = MembercardAdditionalStatement.from_dict(_additional_statement)

        _code_mode = d.pop("code_mode", UNSET)
        code_mode: MembercardCardUpdateRequestCodeMode | Unset
        if isinstance(_code_mode, Unset):
            code_mode = UNSET
        else:
            code_mode = check_membercard_card_update_request_code_mode(_code_mode)

        _code_type = d.pop("code_type", UNSET)
        code_type: MembercardCardUpdateRequestCodeType | Unset
        if isinstance(_code_type, Unset):
            code_type = UNSET
        else:
            code_type = check_membercard_card_update_request_code_type(_code_type)

        need_dynamic_code = d.pop("need_dynamic_code", UNSET)

        membercard_card_update_request = cls(
            appid=appid,
            logo_url=logo_url,
            title=title,
            background_picture_url=background_picture_url,
            description=description,
            service_phone=service_phone,
            total_quantity=total_quantity,
            date_information=date_information,
            need_display_level=need_display_level,
            init_level=init_level,
            balance_information=balance_information,
            user_information_form=user_information_form,
            additional_statement=additional_statement,
            code_mode=code_mode,
            code_type=code_type,
            need_dynamic_code=need_dynamic_code,
        )

        membercard_card_update_request.additional_properties = d
        return membercard_card_update_request

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
