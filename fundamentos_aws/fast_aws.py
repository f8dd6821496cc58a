"""Faster boto3-on-moto for notebooks: work botocore and moto redo on every call, done once.

Exercises and their tests create clients and moto mocks by the dozen. Each new session
parses botocore's JSON models again, each new client builds its ~700 methods and resolves
its endpoint rules again, and moto looks up its response class's methods on every request.
None of that depends on what the notebook does, so :func:`speed_up` caches it for the whole
process. It changes no answer: only read-only data and pure lookups are shared.
:func:`~fundamentos_aws.local_aws.start_local_aws` calls it (so the grading sandbox's kernel
factory applies it before it forks); Validar's warm-up calls it first of all.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

_applied = False


def speed_up() -> None:
    """Apply every cache below, once per process (idempotent)."""
    global _applied
    if _applied:
        return
    share_botocore_data()
    share_client_methods()
    share_endpoint_rules()
    share_event_names()
    cache_moto_dispatch()
    _applied = True


def share_botocore_data() -> None:
    """Parse each of botocore's JSON data files once per process (and for forked kernels).

    Every new boto3 session (and every moto mock, which resets the default session) parses
    botocore's endpoints (1.2 MB) and service models (EC2: 4.3 MB) again: a few tenths of a
    second each time. The files are read-only release data of the installed botocore, so the
    parsed result is kept by path; botocore treats it as read-only, as it already does when
    one session's clients share it.
    """
    from botocore import loaders

    data_dir = str(Path(loaders.__file__).parent / "data")
    parsed: dict[str, Any] = {}
    load_file = loaders.JSONFileLoader.load_file

    def cached_load_file(self: Any, file_path: str) -> Any:
        if not str(file_path).startswith(data_dir):
            return load_file(self, file_path)
        if file_path not in parsed:
            parsed[file_path] = load_file(self, file_path)
        return parsed[file_path]

    loaders.JSONFileLoader.load_file = cached_load_file


def share_client_methods() -> None:
    """Build each service's client methods once (EC2 has about 700, ~0.1 s per new client).

    Every boto3.client() builds its class again: one method and one docstring object per
    operation. The methods only hold the operation's names, so the same ones serve every client
    of that service and API version (the docstring is only read by help()).
    """
    from botocore import client

    built: dict[tuple[str, str], tuple[dict, dict]] = {}
    create_methods = client.ClientCreator._create_methods
    create_mapping = client.ClientCreator._create_name_mapping

    def key(service_model: Any) -> tuple[str, str]:
        return service_model.service_name, service_model.api_version

    def cached_methods(self: Any, service_model: Any) -> dict:
        if key(service_model) not in built:
            built[key(service_model)] = (create_methods(self, service_model),
                                         create_mapping(self, service_model))
        return dict(built[key(service_model)][0])

    def cached_mapping(self: Any, service_model: Any) -> dict:
        if key(service_model) not in built:
            cached_methods(self, service_model)
        return dict(built[key(service_model)][1])

    client.ClientCreator._create_methods = cached_methods
    client.ClientCreator._create_name_mapping = cached_mapping


def share_endpoint_rules() -> None:
    """Resolve each (rule set, parameters) endpoint once for every client, not once per client.

    botocore evaluates the service's endpoint rules for each new client's first call (a few
    hundredths of a second each; exercises create clients by the dozen). The rule sets are the
    shared parsed data (see share_botocore_data), and a resolved endpoint is never modified,
    as botocore's own per-client cache already assumes.
    """
    from botocore import endpoint_provider

    provider = endpoint_provider.EndpointProvider
    init, resolve = provider.__init__, provider._resolve_endpoint
    resolved: dict[tuple, Any] = {}

    kept: dict[int, Any] = {}

    def shared_init(self: Any, ruleset_data: Any, partition_data: Any, *args: Any,
                    **kwargs: Any) -> None:
        init(self, ruleset_data, partition_data, *args, **kwargs)
        # Keyed by identity, so the data is kept alive: a freed rule set's id could be given
        # to another service's, which would then get the first one's endpoints.
        kept.setdefault(id(ruleset_data), ruleset_data)
        kept.setdefault(id(partition_data), partition_data)
        self._fundamentos_aws_rules = (id(ruleset_data), id(partition_data))

    def shared_resolve(self: Any, **params: Any) -> Any:
        rules = getattr(self, "_fundamentos_aws_rules", None)
        if rules is None:  # made before the patch: as botocore does
            return resolve(self, **params)
        try:
            key = (rules, tuple(sorted(params.items())))
            hash(key)
        except TypeError:  # a parameter that is a list or a dict: not cached
            return resolve(self, **params)
        if key not in resolved:
            resolved[key] = resolve(self, **params)
        return resolved[key]

    provider.__init__ = shared_init
    provider._resolve_endpoint = shared_resolve


def share_event_names() -> None:
    """Register botocore's event handlers without redoing the same work for every session.

    A new botocore session registers about 130 built-in handlers, and each new client more.
    For each one botocore inspects the handler's signature (does it take **kwargs?) and
    rewrites the event name through its aliases: about 0.1 s per session, and the course's
    IAM helpers make one per identity. Both answers depend only on the function and on the
    event name with botocore's default aliases, so they are kept for every session.
    """
    from botocore import hooks

    accepts = hooks.accepts_kwargs
    known: dict[Any, bool] = {}

    def cached_accepts_kwargs(func: Any) -> bool:
        # Keyed by the code object: it alone decides (getfullargspec follows no wrappers),
        # and it keeps no session alive. Bound methods: their function's code.
        code = getattr(getattr(func, "__func__", func), "__code__", None)
        if code is None:  # partials and other callables: as botocore does
            return accepts(func)
        if code not in known:
            known[code] = accepts(func)
        return known[code]

    hooks.accepts_kwargs = cached_accepts_kwargs

    aliaser_init = hooks.EventAliaser.__init__
    default_names: dict[str, str] = {}

    def shared_init(self: Any, event_emitter: Any, event_aliases: Any = None) -> None:
        aliaser_init(self, event_emitter, event_aliases)
        if self._event_aliases == hooks.EVENT_ALIASES:  # the default (or a copy of it)
            self._alias_name_cache = default_names

    hooks.EventAliaser.__init__ = shared_init


def cache_moto_dispatch() -> None:
    """moto lists its response class's methods with inspect.getmembers on every request (about
    2 ms each, a tenth of a request's cost); a class's methods do not change: list them once."""
    from moto.core import responses

    names = responses.method_names_from_class
    if not isinstance(names, functools._lru_cache_wrapper):
        responses.method_names_from_class = functools.cache(names)
