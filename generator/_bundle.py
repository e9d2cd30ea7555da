"""Bundle the multi-file spec (``spec/openapi.yaml`` + the files it includes) into one document.

Layout (spec/README.md): the root holds ``openapi``, ``info``, ``servers`` and ``tags``, and lists
the files to include under ``x-wechatpay-include``. Each included file has the shape of a partial
OpenAPI document: ``paths`` and/or ``components`` (``parameters``, ``responses``, ``schemas``).
Every ``$ref`` is written as it reads in the bundled document (``#/components/schemas/Name``), so
bundling is a merge: paths and component names must be unique across files, and the order of the
result is the order of the include list, then each file's own order. The same files always give
the same bytes.

Why not a bundler library: the ones that exist either inline external references (prance,
jsonref), which renames or duplicates the models openapi-python-client generates from component
names, or are Node tools (redocly) that would add a second toolchain to every regeneration.
A name-keeping merge is a few lines and needs nothing but the YAML parser (docs/spec-decisions.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

INCLUDE_KEY = "x-wechatpay-include"
COMPONENT_SECTIONS = ("parameters", "responses", "schemas", "headers", "requestBodies", "examples")
_FAMILY_KEYS = {"paths", "components"}


class BundleError(Exception):
    """The spec files cannot be bundled; the message names the file and the key."""


def _loader_base() -> type[yaml.SafeLoader]:
    # libyaml's C parser is about 3x faster on large specs; the pure-Python one is the fallback.
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # type: ignore[no-any-return]


class _SpecLoader(_loader_base()):  # type: ignore[misc,valid-type]
    """A safe loader that keeps YAML timestamps (``2019-11-22``) as strings: JSON has no dates."""


_SpecLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_bytes(), Loader=_SpecLoader)
    except yaml.YAMLError as exc:
        raise BundleError(f"{path}: not valid YAML: {exc}") from exc
    except OSError as exc:
        raise BundleError(f"{path}: cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise BundleError(f"{path}: the document is not a mapping")
    return data


@dataclass
class Bundle:
    """The bundled document and where each of its parts came from."""

    document: dict[str, Any]
    files: list[Path]  # the root first, then the includes in order
    path_origin: dict[str, Path] = field(default_factory=dict)  # path template -> file
    component_origin: dict[tuple[str, str], Path] = field(default_factory=dict)  # (section, name) -> file


def bundle(root_path: Path) -> Bundle:
    """Load ``root_path`` and merge the files it includes; a single-file spec is returned as is."""
    root_path = root_path.resolve()
    root = load_yaml(root_path)
    includes = root.pop(INCLUDE_KEY, None)
    result = Bundle(document=root, files=[root_path])
    for name, item in (root.get("paths") or {}).items():
        result.path_origin[name] = root_path
    for section, entries in (root.get("components") or {}).items():
        for name in entries or {}:
            result.component_origin[(section, name)] = root_path
    if includes is None:
        return result
    if not isinstance(includes, list) or not all(isinstance(i, str) for i in includes):
        raise BundleError(f"{root_path}: {INCLUDE_KEY} must be a list of relative file names")
    paths: dict[str, Any] = dict(root.get("paths") or {})
    components: dict[str, dict[str, Any]] = {k: dict(v or {}) for k, v in (root.get("components") or {}).items()}
    base = root_path.parent
    for relative in includes:
        file = (base / relative).resolve()
        if base not in file.parents:
            raise BundleError(f"{root_path}: included file {relative!r} is outside {base}")
        if file in result.files:
            raise BundleError(f"{root_path}: {relative!r} is included twice")
        part = load_yaml(file)
        result.files.append(file)
        unknown = set(part) - _FAMILY_KEYS
        if unknown:
            raise BundleError(f"{file}: only 'paths' and 'components' belong in a family file, found {sorted(unknown)}")
        for name, item in (part.get("paths") or {}).items():
            if name in paths:
                raise BundleError(f"{file}: path {name!r} is already defined in {result.path_origin[name]}")
            paths[name] = item
            result.path_origin[name] = file
        for section, entries in (part.get("components") or {}).items():
            if section not in COMPONENT_SECTIONS:
                raise BundleError(f"{file}: unknown components section {section!r}")
            target = components.setdefault(section, {})
            for name, value in (entries or {}).items():
                if name in target:
                    where = result.component_origin[(section, name)]
                    raise BundleError(f"{file}: components/{section}/{name} is already defined in {where}")
                target[name] = value
                result.component_origin[(section, name)] = file
    document: dict[str, Any] = {}
    for key, value in root.items():  # keep the root's key order; paths and components go last
        if key not in ("paths", "components"):
            document[key] = value
    document["paths"] = paths
    document["components"] = {section: components[section] for section in COMPONENT_SECTIONS if section in components}
    result.document = document
    return result
