from django.urls import path

from practices import views

app_name = "practices"

urlpatterns = [
    path("", views.PracticeListView.as_view(), name="list"),
    path("suggest/", views.SuggestView.as_view(), name="suggest"),
    path("suggest/thanks/", views.SuggestThanksView.as_view(), name="suggest-thanks"),
    path("preview/<int:pk>/", views.PracticePreviewView.as_view(), name="preview"),
    path("<slug:slug>/", views.PracticeDetailView.as_view(), name="detail"),
]
