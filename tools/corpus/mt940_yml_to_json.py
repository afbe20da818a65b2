#!/usr/bin/env python3
"""One-off converter: wolph/mt940 test dumps (PyYAML with python tags) to plain JSON.

The upstream `.yml` files next to each `.sta` under mt940_tests/ are `yaml.dump` output of
`mt940.models.Transactions` objects. Loading them normally needs the `mt940` package; this
script instead maps the python tags onto plain data with custom constructors, so only
PyYAML is needed. Decimals stay strings (exact), dates become ISO strings.

Usage: python3 tools/corpus/mt940_yml_to_json.py <corpus>/mt940/mt940 <output dir>
"""
import datetime
import json
import pathlib
import sys

import yaml


class Loader(yaml.SafeLoader):
    pass


def construct_object(loader, suffix, node):
    # Transactions / Transaction / Balance / Amount / tag objects: keep their mapping.
    if isinstance(node, yaml.MappingNode):
        value = {}
        yield value
        value.update(loader.construct_mapping(node, deep=True))
        value['__class__'] = suffix
    else:
        yield None


def construct_apply(loader, suffix, node):
    args = loader.construct_sequence(node, deep=True) if isinstance(node, yaml.SequenceNode) else []
    if suffix == 'decimal.Decimal':
        return {'__decimal__': args[0]}
    if suffix in ('mt940.models.Date', 'datetime.date'):
        raw = args[0]
        if isinstance(raw, (bytes, bytearray)):
            # pickled date state: year (2 bytes, big endian), month, day
            return datetime.date((raw[0] << 8) | raw[1], raw[2], raw[3]).isoformat()
        return datetime.date(*args[:3]).isoformat()
    if suffix in ('mt940.models.DateTime', 'datetime.datetime'):
        raw = args[0]
        if isinstance(raw, (bytes, bytearray)):
            year = (raw[0] << 8) | raw[1]
            value = datetime.datetime(year, raw[2], raw[3], raw[4], raw[5], raw[6])
            return value.isoformat()
        return str(args)
    if suffix == 're._compile':
        return None
    return {'__apply__': suffix, 'args': args}


def construct_new(loader, suffix, node):
    if isinstance(node, yaml.MappingNode):
        mapping = loader.construct_mapping(node, deep=True)
        return {'__new__': suffix, **{str(k): v for k, v in mapping.items()}}
    args = loader.construct_sequence(node, deep=True)
    if suffix.endswith('FixedOffset') or 'timezone' in suffix:
        return {'__tz__': args}
    return {'__new__': suffix, 'args': args}


Loader.add_multi_constructor('tag:yaml.org,2002:python/object:', construct_object)
Loader.add_multi_constructor('tag:yaml.org,2002:python/object/apply:', construct_apply)
Loader.add_multi_constructor('tag:yaml.org,2002:python/object/new:', construct_new)
Loader.add_constructor('tag:yaml.org,2002:python/tuple', lambda l, n: l.construct_sequence(n, deep=True))


def plain(value):
    if isinstance(value, dict):
        if '__decimal__' in value:
            return value['__decimal__']
        if value.get('__class__') == 'mt940.models.Amount':
            return {'amount': plain(value['amount']), 'currency': value.get('currency')}
        return {str(k): plain(v) for k, v in value.items() if k not in ('__class__', 'transactions', 'tags')}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return value.decode('latin-1')
    return value


def convert(path):
    with open(path, encoding='utf-8') as stream:
        dump = yaml.load(stream, Loader=Loader)
    return {
        'statement': plain(dump.get('data', {})),
        'transactions': [plain(t.get('data', {})) for t in dump.get('transactions', [])],
    }


def main(source, target):
    source = pathlib.Path(source)
    target = pathlib.Path(target)
    for yml in sorted(source.rglob('*.yml')):
        if yml.with_suffix('.sta').exists() is False:
            # self-provided/transaction_details.yml is an MT940 snippet, not a dump
            print('skipped (no .sta beside it):', yml)
            continue
        out = target / yml.relative_to(source).with_suffix('.json')
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(convert(yml), indent=1, sort_keys=True, ensure_ascii=False) + '\n',
                       encoding='utf-8')
        print(out)


if __name__ == '__main__':
    main(*sys.argv[1:3])
