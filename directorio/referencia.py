"""The course's reference stack and data layer for the directory app.

These ARE answers to exercises 4-8 of the project (12_proyecto_directorio): they live here,
outside the ``fundamentos_aws`` package that students' kernels import, and the app uses them
only when the student has not saved their own (``directorio_estudiante.py``).
"""

from __future__ import annotations

import json
import uuid

import boto3
from botocore.config import Config

FIELDS = ("nombre", "puesto", "departamento", "foto")
EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png"}


def create_photo_bucket(s3, bucket, role_arn):
    region = s3.meta.region_name
    options = {} if region == "us-east-1" else {
        "CreateBucketConfiguration": {"LocationConstraint": region}}
    s3.create_bucket(Bucket=bucket, **options)
    s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True,
        "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
    s3.put_bucket_encryption(Bucket=bucket, ServerSideEncryptionConfiguration={
        "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]})
    s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps({
        "Version": "2012-10-17", "Statement": [{
            "Effect": "Allow", "Principal": {"AWS": role_arn},
            "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
            "Resource": f"arn:aws:s3:::{bucket}/*"}]}))


def create_employee_table(dynamodb, table_name):
    dynamodb.create_table(
        TableName=table_name, BillingMode="PAY_PER_REQUEST",
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": n, "AttributeType": "S"}
                              for n in ("id", "departamento", "nombre")],
        GlobalSecondaryIndexes=[{
            "IndexName": "por_departamento", "Projection": {"ProjectionType": "ALL"},
            "KeySchema": [{"AttributeName": "departamento", "KeyType": "HASH"},
                          {"AttributeName": "nombre", "KeyType": "RANGE"}]}])
    dynamodb.get_waiter("table_exists").wait(TableName=table_name)
    return dynamodb.describe_table(TableName=table_name)["Table"]["TableArn"]


def _plain(item):
    return {name: value["S"] for name, value in item.items()}


def save_employee(dynamodb, table, employee):
    if not employee.get("nombre") or not employee.get("departamento"):
        raise ValueError("Un empleado necesita nombre y departamento")
    employee_id = employee.get("id") or uuid.uuid4().hex
    item = {"id": {"S": employee_id}}
    item.update({f: {"S": str(employee[f])} for f in FIELDS if employee.get(f)})
    dynamodb.put_item(TableName=table, Item=item)
    return employee_id


def get_employee(dynamodb, table, employee_id):
    item = dynamodb.get_item(TableName=table, Key={"id": {"S": employee_id}}).get("Item")
    return None if item is None else _plain(item)


def list_employees(dynamodb, table, department=None):
    if department is None:
        pages = dynamodb.get_paginator("scan").paginate(TableName=table)
    else:
        pages = dynamodb.get_paginator("query").paginate(
            TableName=table, IndexName="por_departamento",
            KeyConditionExpression="departamento = :d",
            ExpressionAttributeValues={":d": {"S": department}})
    return sorted((_plain(i) for page in pages for i in page["Items"]),
                  key=lambda e: e["nombre"])


def delete_employee(dynamodb, s3, table, bucket, employee_id):
    old = dynamodb.delete_item(TableName=table, Key={"id": {"S": employee_id}},
                               ReturnValues="ALL_OLD").get("Attributes")
    if old is None:
        return False
    if "foto" in old:
        s3.delete_object(Bucket=bucket, Key=old["foto"]["S"])
    return True


def upload_photo(s3, bucket, employee_id, data, content_type):
    if content_type not in EXTENSIONS:
        raise ValueError(f"Solo fotos JPEG o PNG, no {content_type}")
    key = f"fotos/{employee_id}.{EXTENSIONS[content_type]}"
    s3.put_object(Bucket=bucket, Key=key, Body=data, ContentType=content_type)
    return key


def photo_url(s3, bucket, key, expires_in=3600):
    signer = boto3.client("s3", region_name=s3.meta.region_name,
                          endpoint_url=s3.meta.endpoint_url,
                          config=Config(signature_version="s3v4"))
    return signer.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key},
                                         ExpiresIn=expires_in)
