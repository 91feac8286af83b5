"""The public suggestion form: anyone may suggest a practice; it lands as a draft."""

import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from practices.models import SUMMARY_MAX_LENGTH, Country, TargetGroup, Theme

MIN_SECONDS_TO_FILL = 3
MAX_SECONDS_TO_FILL = 24 * 3600
SIGNER_SALT = "practices.suggest.started"


class SuggestionForm(forms.Form):
    title = forms.CharField(label=_("Name of the practice"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=SUMMARY_MAX_LENGTH,
        help_text=_("One or two sentences, at most 300 characters."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    description = forms.CharField(
        label=_("What was done, for whom, and how"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    results = forms.CharField(
        label=_("Results"),
        max_length=3000,
        required=False,
        help_text=_("What came of it, with numbers if you have them."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    country = forms.ModelChoiceField(
        label=_("Country"), queryset=Country.objects.all(), to_field_name="code"
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.all(),
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
    )
    target_groups = forms.ModelMultipleChoiceField(
        label=_("Target groups"),
        queryset=TargetGroup.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    organisation = forms.CharField(
        label=_("Organisation that runs the practice"), max_length=200, required=False
    )
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    consent = forms.BooleanField(
        label=_("The editors may contact me about this suggestion."), required=False
    )
    # Left empty by people; filled in by bots that fill in every field.
    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)
    started = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = signing.TimestampSigner(salt=SIGNER_SALT).sign("form")
        self.fields["website"].widget.attrs.update(
            {"tabindex": "-1", "autocomplete": "off", "class": "honeypot-input"}
        )

    def full_clean(self):
        """Tie each error message to its field, so screen readers announce it with the field."""
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                described = [f"{self[name].auto_id}_error"]
                if self.fields[name].help_text:
                    described.append(f"{self[name].auto_id}_helptext")
                widget.attrs["aria-describedby"] = " ".join(described)

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website"))

    def clean_started(self):
        value = self.cleaned_data["started"]
        signer = signing.TimestampSigner(salt=SIGNER_SALT)
        try:
            signer.unsign(value, max_age=MAX_SECONDS_TO_FILL)
        except signing.SignatureExpired:
            raise forms.ValidationError(
                _("The form was open for too long. Please send it again."), code="expired"
            ) from None
        except signing.BadSignature:
            raise forms.ValidationError(
                _("The form could not be checked. Please send it again."), code="invalid"
            ) from None
        if seconds_since(value) < MIN_SECONDS_TO_FILL:
            raise forms.ValidationError(
                _("That was very fast. Please check your suggestion and send it again."),
                code="too_fast",
            )
        return value


def seconds_since(signed_value: str) -> float:
    """How long ago the form was rendered, read from its signed timestamp."""
    # value:timestamp:signature, already verified by the caller
    timestamp = signed_value.rsplit(signing.TimestampSigner().sep, 2)[1]
    return time.time() - signing.b62_decode(timestamp)
