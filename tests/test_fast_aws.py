"""fast_aws's caches change nothing but speed: each session, client and region still gets its
own answers, and botocore still refuses what it refused before."""

from __future__ import annotations

import boto3
import botocore.session
import pytest
from botocore import hooks

from fundamentos_aws import fast_aws, start_local_aws, stop_local_aws


@pytest.fixture
def aws():
    start_local_aws(load_default_amis=False)  # applies fast_aws.speed_up()
    yield
    stop_local_aws()


def test_speed_up_is_applied_once(aws):
    wrapped = (hooks.accepts_kwargs, hooks.EventAliaser.__init__)
    fast_aws.speed_up()
    fast_aws.speed_up()
    assert (hooks.accepts_kwargs, hooks.EventAliaser.__init__) == wrapped
    assert hooks.accepts_kwargs.__name__ == "cached_accepts_kwargs"


def test_each_region_and_service_keeps_its_own_endpoint(aws):
    def url_of(service, region):
        urls = []
        client = boto3.client(service, region_name=region)
        client.meta.events.register("request-created",
                                    lambda request, **kwargs: urls.append(request.url))
        getattr(client, {"s3": "list_buckets", "ec2": "describe_availability_zones"}[service])()
        return urls[0].split("?")[0].rstrip("/")

    cases = [(service, region) for service in ("s3", "ec2")
             for region in ("us-east-1", "eu-west-1")]
    for _ in range(2):  # the second time, every endpoint comes from the cache
        urls = {case: url_of(*case) for case in cases}
        assert len(set(urls.values())) == 4, urls
        assert urls["ec2", "eu-west-1"] == "https://ec2.eu-west-1.amazonaws.com"


def test_sessions_keep_their_own_credentials(aws):
    first = boto3.Session(aws_access_key_id="AKIAFIRST0000000000", aws_secret_access_key="a")
    second = boto3.Session(aws_access_key_id="AKIASECOND000000000", aws_secret_access_key="b")
    first.client("s3"), second.client("s3")
    assert first.get_credentials().access_key == "AKIAFIRST0000000000"
    assert second.get_credentials().access_key == "AKIASECOND000000000"


def test_a_handler_without_kwargs_is_still_refused(aws):
    session = botocore.session.Session()

    def no_kwargs(params):
        return None

    class Handlers:
        def bound(self, params):
            return None

    for handler in (no_kwargs, Handlers().bound, lambda params: None):
        with pytest.raises(ValueError, match="must accept keyword arguments"):
            session.register("before-call.s3.ListBuckets", handler)
    session.register("before-call.s3.ListBuckets", lambda **kwargs: None)  # accepted


def test_handlers_fire_only_in_their_own_client(aws):
    seen = []
    watched, other = boto3.client("s3"), boto3.client("s3")
    watched.meta.events.register("before-call.s3.ListBuckets",
                                 lambda **kwargs: seen.append("watched"))
    other.list_buckets()
    watched.list_buckets()
    assert seen == ["watched"]


def test_custom_event_aliases_are_not_shared():
    fast_aws.speed_up()
    default = hooks.EventAliaser(hooks.HierarchicalEmitter())
    custom = hooks.EventAliaser(hooks.HierarchicalEmitter(), {"viejo": "nuevo"})
    assert default._alias_name_cache is hooks.EventAliaser(
        hooks.HierarchicalEmitter())._alias_name_cache
    assert custom._alias_name_cache is not default._alias_name_cache
    assert custom._alias_event_name("before-call.viejo.Op") == "before-call.nuevo.Op"
    assert default._alias_event_name("before-call.viejo.Op") == "before-call.viejo.Op"


def test_moto_still_answers_each_service(aws):
    boto3.client("s3").create_bucket(Bucket="fotos")
    boto3.client("iam").create_user(UserName="ana")
    assert [b["Name"] for b in boto3.client("s3").list_buckets()["Buckets"]] == ["fotos"]
    assert [u["UserName"] for u in boto3.client("iam").list_users()["Users"]] == ["ana"]


def test_a_freed_rule_set_never_lends_its_endpoints_to_another(aws):
    """Endpoints are cached by rule set identity: a rule set freed after use must not pass its
    cached answers to a new rule set that Python happens to put at the same address."""
    import copy
    import gc

    import botocore.loaders
    from botocore.endpoint_provider import EndpointProvider

    loader = botocore.loaders.create_loader()
    partitions = loader.load_data("partitions")
    rules = {name: loader.load_service_model(name, "endpoint-rule-set-1")
             for name in ("s3", "ec2")}
    params = {"Region": "eu-west-1", "UseFIPS": False, "UseDualStack": False}
    for _ in range(20):  # a freed dict's address is usually given to the next one at once
        first = EndpointProvider(copy.deepcopy(rules["ec2"]), partitions)
        assert "ec2.eu-west-1" in first.resolve_endpoint(**params).url
        del first
        gc.collect()
        second = EndpointProvider(copy.deepcopy(rules["s3"]), partitions)
        assert "ec2" not in second.resolve_endpoint(**params).url
