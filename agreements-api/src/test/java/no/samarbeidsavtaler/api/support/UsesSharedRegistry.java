package no.samarbeidsavtaler.api.support;

import java.lang.reflect.Field;
import no.samarbeidsavtaler.api.RunningRegistry;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Injects the {@link SharedRegistry} into a test class's static {@code RunningRegistry registry} field. */
public class UsesSharedRegistry implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        RunningRegistry registry = SharedRegistry.get(context);
        for (Field field : context.getRequiredTestClass().getDeclaredFields()) {
            if (field.getType() == RunningRegistry.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                field.set(null, registry);
            }
        }
    }
}
