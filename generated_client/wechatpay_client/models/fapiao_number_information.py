# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FapiaoNumberInformation")


@_attrs_define
class FapiaoNumberInformation:
    """蓝字/红字发票信息 — numbers of an issued blue or red fapiao. 数电 fapiao have no code,
    check code or password, so only the number and time may be present.

    """

    fapiao_code: str | Unset = UNSET
    """ 发票代码 — fapiao code. """
    fapiao_number: str | Unset = UNSET
    """ 发票号码 — fapiao number. """
    check_code: str | Unset = UNSET
    """ 校验码 — check code. """
    password: str | Unset = UNSET
    """ 密码 — the fapiao's cipher text (密码区). """
    fapiao_time: datetime.datetime | Unset = UNSET
    """ 开票时间 — issue time, RFC 3339. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fapiao_code = self.fapiao_code

        fapiao_number = self.fapiao_number

        check_code = self.check_code

        password = self.password

        fapiao_time: str | Unset = UNSET
        if not isinstance(self.fapiao_time, Unset):
            fapiao_time = self.fapiao_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fapiao_code is not UNSET:
            field_dict["fapiao_code"] = fapiao_code
        if fapiao_number is not UNSET:
            field_dict["fapiao_number"] = fapiao_number
        if check_code is not UNSET:
            field_dict["check_code"] = check_code
        if password is not UNSET:
            field_dict["password"] = password
        if fapiao_time is not UNSET:
            field_dict["fapiao_time"] = fapiao_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fapiao_code = d.pop("fapiao_code", UNSET)

        fapiao_number = d.pop("fapiao_number", UNSET)

        check_code = d.pop("check_code", UNSET)

        password = d.pop("password", UNSET)

        _fapiao_time = d.pop("fapiao_time", UNSET)
        fapiao_time: datetime.datetime | Unset
        if isinstance(_fapiao_time, Unset):
            fapiao_time = UNSET
        else:
            fapiao_time = datetime.datetime.fromisoformat(_fapiao_time)

        fapiao_number_information = cls(
            fapiao_code=fapiao_code,
            fapiao_number=fapiao_number,
            check_code=check_code,
            password=password,
            fapiao_time=fapiao_time,
        )

        fapiao_number_information.additional_properties = d
        return fapiao_number_information

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
