package no.samarbeidsavtaler.api.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request JSON is read strictly (with the {@code spring.jackson.*} settings in application.properties):
 * no number or boolean where text is expected; enum values must be spelt exactly — Jackson otherwise trims {@code "OVERALL "} and even
 * {@code "OVERALL\u0000"} into a valid constant — and no single string may exceed
 * {@link #MAX_STRING_LENGTH} characters (the longest clause text we know is a few thousand).
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    public static final int MAX_STRING_LENGTH = 100_000;

    @Bean
    public Jackson2ObjectMapperBuilderCustomizer strictRequestJson() {
        SimpleModule exactEnums = new SimpleModule("exact-enum-names");
        exactEnums.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactEnumNames(deserializer, type.getRawClass());
            }
        });
        return builder -> builder.modulesToInstall(exactEnums).postConfigurer(mapper -> {
            mapper.getFactory().setStreamReadConstraints(
                    StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).build());
            // A number or boolean where text is expected is a client error, not "123" or "false".
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        });
    }

    /** Refuses an enum string that is not exactly one of the constants' names. */
    static final class ExactEnumNames extends DelegatingDeserializer {

        private final Class<?> enumType;
        private final Set<String> names;

        ExactEnumNames(JsonDeserializer<?> delegate, Class<?> enumType) {
            super(delegate);
            this.enumType = enumType;
            this.names = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.toUnmodifiableSet());
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new ExactEnumNames(newDelegatee, enumType);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !names.contains(parser.getText())) {
                throw InvalidFormatException.from(parser, "Ukjent verdi for " + enumType.getSimpleName(),
                        parser.getText(), enumType);
            }
            return super.deserialize(parser, context);
        }
    }
}
