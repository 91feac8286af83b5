from django.urls import path

from practices import feeds, views

app_name = "practices"

urlpatterns = [
    path("", views.PracticeListView.as_view(), name="list"),
    path("export.csv", views.ExportView.as_view(format="csv"), name="export-csv"),
    path("export.json", views.ExportView.as_view(format="json"), name="export-json"),
    path("feed/", feeds.PracticeFeed(), name="feed"),
    path("suggest/", views.SuggestView.as_view(), name="suggest"),
    path("suggest/thanks/", views.SuggestThanksView.as_view(), name="suggest-thanks"),
    path("preview/<int:pk>/", views.PracticePreviewView.as_view(), name="preview"),
    path("<slug:slug>/", views.PracticeDetailView.as_view(), name="detail"),
]
