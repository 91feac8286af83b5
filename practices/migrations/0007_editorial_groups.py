"""The editorial roles: Contributors and Editors, with their model permissions.

Contributors create and edit their own drafts and send them to review (practices.workflow
enforces "their own" and "drafts"); Editors also publish, archive and edit anything.
Reversible: unapplying removes the two groups.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTRIBUTORS = {
    "practice": ["add", "change", "view"],
    "practicelink": ["add", "change", "delete", "view"],
    "practiceattachment": ["add", "change", "delete", "view"],
    "practiceimage": ["add", "change", "delete", "view"],
    "organisation": ["add", "view"],
    "country": ["view"],
    "theme": ["view"],
    "targetgroup": ["view"],
}
EDITORS = {
    "practice": ["add", "change", "delete", "view", "publish", "archive"],
    "practicelink": ["add", "change", "delete", "view"],
    "practiceattachment": ["add", "change", "delete", "view"],
    "practiceimage": ["add", "change", "delete", "view"],
    "organisation": ["add", "change", "delete", "view"],
    "country": ["add", "change", "view"],
    "theme": ["add", "change", "view"],
    "targetgroup": ["add", "change", "view"],
}


def codename(action: str, model: str) -> str:
    return f"{action}_{model}"


def create_groups(apps, schema_editor):
    # Permissions are normally created after migrating; these groups need them now. The
    # migration state's app config has no models module; create_permissions only checks
    # that it is set.
    app_config = apps.get_app_config("practices")
    original = getattr(app_config, "models_module", None)
    app_config.models_module = original or True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = original
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in (("Contributors", CONTRIBUTORS), ("Editors", EDITORS)):
        group, _created = Group.objects.get_or_create(name=name)
        codenames = [
            codename(action, model) for model, actions in grants.items() for action in actions
        ]
        group.permissions.set(
            Permission.objects.filter(content_type__app_label="practices", codename__in=codenames)
        )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Contributors", "Editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0006_workflow_fields"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
