package dev.retort.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code retort.*} in the application's configuration. */
@ConfigurationProperties(prefix = "retort")
public class RetortProperties {
    /** Whether Retort migrates (or, validate-only, checks) the DataSource at start-up. */
    private boolean enabled = true;

    /** The package (and its subpackages) the migration classes are compiled into, e.g. com.acme.db.migrations. */
    private String migrationsPackage;

    /** The revision to migrate to: head, a revision id or prefix, a branch LABEL@head. */
    private String target = "head";

    /**
     * Migrate nothing: fail start-up unless the database is at the target and no applied migration was edited since
     * it was applied, for deployments where migrations run as a separate step.
     */
    private boolean validateOnly = false;

    /** The table that records the applied revision. */
    private String versionTable = "retort_version";

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getMigrationsPackage() {
        return migrationsPackage;
    }

    public void setMigrationsPackage(String migrationsPackage) {
        this.migrationsPackage = migrationsPackage;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public boolean isValidateOnly() {
        return validateOnly;
    }

    public void setValidateOnly(boolean validateOnly) {
        this.validateOnly = validateOnly;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }
}
