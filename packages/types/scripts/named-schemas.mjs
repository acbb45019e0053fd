// Gives every component schema a name TypeScript prints in its errors.
//
// openapi-typescript writes each schema inline, as a property of `components["schemas"]`, and
// every use as the indexed access `components["schemas"]["LeadRequest"]`. Such a type has no name
// of its own, so tsc prints it expanded (`'{ adminEnablementOverride?: …; 6 more …; }'`). Its
// `rootTypes` option does not help: `type SchemaLeadRequest = components["schemas"]["LeadRequest"]`
// aliases a type that already exists, and tsc keeps printing that type, not the alias.
//
// Here each schema's type is declared once as `export type LeadRequest = { … }` (an alias of the
// type literal itself, which tsc prints by name) and `components["schemas"]["LeadRequest"]` refers
// to it. The types are openapi-typescript's own output, moved, not rewritten.
import ts from "typescript";

/** Names a schema cannot take: taken by openapi-typescript's own exports. */
const TAKEN = new Set(["paths", "webhooks", "components", "operations", "$defs"]);
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** @param {string} name */
const nameable = (name) => IDENTIFIER.test(name) && !TAKEN.has(name) && ts.stringToToken(name) === undefined;

/**
 * Moves each schema of `components["schemas"]` in openapi-typescript's AST to a type alias of its
 * own name and returns the new AST: the original nodes, then the aliases, alphabetically.
 * @param {ts.Node[]} ast what `openapiTS()` returned
 * @returns {ts.Node[]}
 */
export function nameSchemas(ast) {
  /** @type {ts.TypeAliasDeclaration[]} */
  const aliases = [];
  const rewritten = ast.map((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== "components") return node;
    const members = node.members.map((member) => {
      if (!ts.isPropertySignature(member) || propertyName(member) !== "schemas" || !member.type || !ts.isTypeLiteralNode(member.type))
        return member;
      const schemas = member.type.members.map((schema) => {
        const name = ts.isPropertySignature(schema) ? propertyName(schema) : undefined;
        if (!ts.isPropertySignature(schema) || name === undefined || !nameable(name) || !schema.type) return schema;
        const alias = ts.factory.createTypeAliasDeclaration(
          [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)],
          name,
          undefined,
          schema.type,
        );
        // The schema's description (openapi-typescript's JSDoc on the property) goes with it.
        const comments = ts.getSyntheticLeadingComments(schema);
        if (comments) ts.setSyntheticLeadingComments(alias, comments);
        aliases.push(alias);
        return ts.factory.updatePropertySignature(
          schema,
          schema.modifiers,
          schema.name,
          schema.questionToken,
          ts.factory.createTypeReferenceNode(name),
        );
      });
      return ts.factory.updatePropertySignature(
        member,
        member.modifiers,
        member.name,
        member.questionToken,
        ts.factory.createTypeLiteralNode(schemas),
      );
    });
    return ts.factory.updateInterfaceDeclaration(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, members);
  });
  aliases.sort((a, b) => (a.name.text < b.name.text ? -1 : a.name.text > b.name.text ? 1 : 0));
  return [...rewritten, ...aliases];
}

/** @param {ts.PropertySignature} property */
function propertyName(property) {
  const { name } = property;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}
