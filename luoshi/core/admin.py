from django.contrib import admin

from .models import Organisation, OrganisationAlias, Profile


class AliasInline(admin.TabularInline):
    model = OrganisationAlias
    extra = 0


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "parent")
    list_filter = ("kind",)
    search_fields = ("name", "aliases__alias")
    inlines = [AliasInline]


admin.site.register(Profile)
