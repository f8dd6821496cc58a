"""Always sets 14 characters and 90 days, whatever it receives."""
# fails: ej4-pruebas
# message: MinimumPasswordLength vale 14 y debería valer 16
# %% ej4-respuesta
def apply_password_policy(min_length, max_age_days):
    boto3.client("iam").update_account_password_policy(
        MinimumPasswordLength=14, RequireSymbols=True, RequireNumbers=True,
        RequireUppercaseCharacters=True, RequireLowercaseCharacters=True,
        AllowUsersToChangePassword=True, MaxPasswordAge=90, PasswordReusePrevention=24, HardExpiry=False)
