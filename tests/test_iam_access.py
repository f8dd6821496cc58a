"""The IAM enforcement helpers: denies and allows as the policies say, and switches back off."""

from __future__ import annotations

import json

import boto3
import pytest
from botocore.exceptions import ClientError

from fundamentos_aws import reset_local_aws, start_local_aws, stop_local_aws
from fundamentos_aws.iam_access import (
    client_as,
    error_code,
    iam_enforced,
    iam_enforcement_active,
    permitted,
    session_as,
    session_as_role,
    session_from_keys,
)

READ_REPORTS = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::fotos/informes/*"},
    {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::fotos"},
]}


@pytest.fixture
def aws():
    start_local_aws(load_default_amis=False)
    s3 = boto3.client("s3")
    s3.create_bucket(Bucket="fotos")
    for key in ("informes/q1.csv", "privado/nominas.csv"):
        s3.put_object(Bucket="fotos", Key=key, Body=b"datos")
    iam = boto3.client("iam")
    iam.create_user(UserName="ana")
    iam.put_user_policy(UserName="ana", PolicyName="leer-informes",
                        PolicyDocument=json.dumps(READ_REPORTS))
    yield
    stop_local_aws()


def test_enforced_allows_what_the_policy_allows_and_denies_the_rest(aws):
    with iam_enforced():
        s3 = client_as("ana", "s3")
        assert s3.get_object(Bucket="fotos", Key="informes/q1.csv")["Body"].read() == b"datos"
        assert permitted(lambda: s3.list_objects_v2(Bucket="fotos"))
        assert not permitted(lambda: s3.get_object(Bucket="fotos", Key="privado/nominas.csv"))
        assert not permitted(lambda: s3.put_object(Bucket="fotos", Key="informes/x", Body=b""))
        assert not permitted(lambda: s3.delete_object(Bucket="fotos", Key="informes/q1.csv"))
        with pytest.raises(ClientError) as denied:
            s3.get_object(Bucket="fotos", Key="privado/nominas.csv")
        assert error_code(denied.value) == "AccessDenied"


def test_explicit_deny_in_a_group_beats_the_users_allow(aws):
    iam = boto3.client("iam")
    iam.create_group(GroupName="sin-borrar")
    iam.put_group_policy(GroupName="sin-borrar", PolicyName="no-borrar", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [
            {"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}]}))
    iam.create_user(UserName="luis")
    iam.put_user_policy(UserName="luis", PolicyName="todo-s3", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}))
    iam.add_user_to_group(GroupName="sin-borrar", UserName="luis")
    with iam_enforced():
        s3 = client_as("luis", "s3")
        assert permitted(lambda: s3.get_object(Bucket="fotos", Key="privado/nominas.csv"))
        assert not permitted(lambda: s3.delete_object(Bucket="fotos", Key="privado/nominas.csv"))


def test_default_credentials_are_refused_inside_and_work_again_after(aws):
    with iam_enforced():
        assert iam_enforcement_active()
        with pytest.raises(ClientError) as refused:
            boto3.client("iam").list_users()
        assert error_code(refused.value) == "InvalidClientTokenId"
    assert not iam_enforcement_active()
    assert [u["UserName"] for u in boto3.client("iam").list_users()["Users"]] == ["ana"]


def test_switching_off_lets_the_user_do_anything_again(aws):
    s3 = client_as("ana", "s3")
    with iam_enforced():
        assert not permitted(lambda: s3.delete_object(Bucket="fotos", Key="privado/nominas.csv"))
    # moto's default: requests are not checked, whoever signs them
    s3.delete_object(Bucket="fotos", Key="privado/nominas.csv")
    assert permitted(lambda: s3.put_object(Bucket="fotos", Key="privado/x", Body=b""))


def test_an_exception_inside_the_block_does_not_leave_enforcement_on(aws):
    with pytest.raises(ClientError), iam_enforced():
        boto3.client("s3").list_buckets()
    assert not iam_enforcement_active()
    boto3.client("s3").list_buckets()


def test_nested_blocks_restore_the_outer_state(aws):
    with iam_enforced():
        with iam_enforced():
            pass
        assert iam_enforcement_active()
        assert not permitted(lambda: client_as("ana", "s3").delete_object(
            Bucket="fotos", Key="informes/q1.csv"))
    assert not iam_enforcement_active()


def test_session_as_reuses_its_key_and_survives_a_reset():
    start_local_aws(load_default_amis=False)
    try:
        iam = boto3.client("iam")
        iam.create_user(UserName="eva")
        first = session_as("eva").get_credentials().access_key
        for _ in range(3):  # IAM allows two keys per user: these calls must reuse the first
            assert session_as("eva").get_credentials().access_key == first
        identity = session_as("eva").client("sts").get_caller_identity()
        assert identity["Arn"] == "arn:aws:iam::123456789012:user/eva"
        reset_local_aws()  # the key disappears with the old account
        iam = boto3.client("iam")
        iam.create_user(UserName="eva")
        with iam_enforced():  # a key is created even inside the block
            second = session_as("eva")
            assert second.get_credentials().access_key != first
            assert second.client("sts").get_caller_identity()["Arn"].endswith(":user/eva")
    finally:
        stop_local_aws()


def test_session_as_explains_a_missing_user_and_a_full_key_quota(aws):
    with pytest.raises(ValueError, match="No existe el usuario de IAM «nadie»"):
        session_as("nadie")
    iam = boto3.client("iam")
    iam.create_user(UserName="llena")
    iam.create_access_key(UserName="llena")
    iam.create_access_key(UserName="llena")
    with pytest.raises(RuntimeError, match="ya tiene dos claves"):
        session_as("llena")


def test_session_as_role_acts_with_the_roles_policies(aws):
    iam = boto3.client("iam")
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Action": "sts:AssumeRole",
        "Principal": {"Service": "ec2.amazonaws.com"}}]}
    role = iam.create_role(RoleName="app", AssumeRolePolicyDocument=json.dumps(trust))["Role"]
    iam.put_role_policy(RoleName="app", PolicyName="leer", PolicyDocument=json.dumps(READ_REPORTS))
    session = session_as_role(role["Arn"], "prueba")
    assert session.get_credentials().token  # temporary credentials carry a session token
    with iam_enforced():
        s3 = session.client("s3")
        arn = session.client("sts").get_caller_identity()["Arn"]
        assert arn == "arn:aws:sts::123456789012:assumed-role/app/prueba"
        assert permitted(lambda: s3.get_object(Bucket="fotos", Key="informes/q1.csv"))
        assert not permitted(lambda: s3.get_object(Bucket="fotos", Key="privado/nominas.csv"))


def test_permitted_raises_errors_that_are_not_denials(aws):
    with iam_enforced():
        s3 = client_as("ana", "s3")
        with pytest.raises(ClientError) as missing:  # allowed, but the object does not exist
            permitted(lambda: s3.get_object(Bucket="fotos", Key="informes/no-existe.csv"))
        assert error_code(missing.value) == "NoSuchKey"


def test_error_code_reads_moto_xml_inside_a_json_service(aws):
    boto3.client("dynamodb").create_table(
        TableName="Empleados", BillingMode="PAY_PER_REQUEST",
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}])
    with iam_enforced():
        dynamodb = client_as("ana", "dynamodb")
        assert not permitted(lambda: dynamodb.get_item(TableName="Empleados",
                                                       Key={"id": {"S": "1"}}))


def test_sessions_share_one_loader_without_growing_its_search_path(aws):
    first = session_from_keys("AKIAEJEMPLO", "secreto")
    paths = list(first._session.get_component("data_loader").search_paths)
    for _ in range(5):
        session = session_from_keys("AKIAEJEMPLO", "secreto", region_name="eu-west-1")
        assert session.region_name == "eu-west-1"
    loader = session._session.get_component("data_loader")
    assert loader is first._session.get_component("data_loader")
    assert loader.search_paths == paths
