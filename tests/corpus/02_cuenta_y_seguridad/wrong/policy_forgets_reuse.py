"""Leaves out PasswordReusePrevention."""
# fails: ej4-pruebas
# message: PasswordReusePrevention vale None y debería valer 24
# %% ej4-respuesta
def apply_password_policy(min_length, max_age_days):
    boto3.client("iam").update_account_password_policy(
        MinimumPasswordLength=min_length, RequireSymbols=True, RequireNumbers=True,
        RequireUppercaseCharacters=True, RequireLowercaseCharacters=True,
        AllowUsersToChangePassword=True, MaxPasswordAge=max_age_days, HardExpiry=False)
