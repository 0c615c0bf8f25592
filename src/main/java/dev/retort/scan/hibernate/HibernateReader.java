package dev.retort.scan.hibernate;

import dev.retort.model.SchemaModel;
import dev.retort.scan.MetamodelReader;
import dev.retort.scan.ScanRequest;
import java.util.List;

/** The {@link MetamodelReader} of this package: boots Hibernate's metamodel and translates it. */
public final class HibernateReader implements MetamodelReader {

    @Override
    public String hibernateVersion() {
        return org.hibernate.Version.getVersionString();
    }

    @Override
    public SchemaModel read(ClassLoader loader, List<Class<?>> classes, List<String> packages, ScanRequest request) {
        try (BootMetamodel boot = BootMetamodel.boot(loader, classes, packages, request.hibernateDialect(),
                request.hibernateProperties())) {
            SchemaTranslator translator = new SchemaTranslator(boot.metadata(), request.fold(), boot.names());
            return new IndexOptionsApplier(boot.metadata(), translator).apply(translator.translate(), classes);
        }
    }
}
