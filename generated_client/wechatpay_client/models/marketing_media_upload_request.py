# Generated from spec/openapi.yaml by generator/ (python -m generator). Do not edit.
from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

if TYPE_CHECKING:
    from ..models.marketing_media_upload_meta import MarketingMediaUploadMeta


T = TypeVar("T", bound="MarketingMediaUploadRequest")


@_attrs_define
class MarketingMediaUploadRequest:
    """营销图片上传请求 — the multipart body: `meta` first, then `file`. The signature covers the
    `meta` JSON only, which must be sent byte-identical as the `meta` part.

    """

    meta: MarketingMediaUploadMeta
    """ 媒体文件元信息 — the `meta` part of a marketing image upload. """
    file: File
    """ 图片文件 — the image bytes (JPG, BMP or PNG, at most 2 MB), with the file's own content type and name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("meta", (None, json.dumps(self.meta.to_dict()).encode(), "application/json")))

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.marketing_media_upload_meta import MarketingMediaUploadMeta

        d = dict(src_dict)
        meta = MarketingMediaUploadMeta.from_dict(d.pop("meta"))

        file = File(payload=BytesIO(d.pop("file")))

        marketing_media_upload_request = cls(
            meta=meta,
            file=file,
        )

        marketing_media_upload_request.additional_properties = d
        return marketing_media_upload_request

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
