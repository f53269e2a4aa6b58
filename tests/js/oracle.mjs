// graphql-js oracle for the .NET tests (ClientSchemaTests): reads a JSON request on stdin, answers JSON on stdout.
//   {"mode":"execute","schemas":{name:{sdl,data}},"cases":[{schema,query,variables?,operationName?}]}
//        -> [response, ...]   (fields named echo* resolve to JSON.stringify(args), as the C# side does)
//   {"mode":"print","sdl":...}                    -> {"printed": printSchema(buildSchema(sdl))}
//   {"mode":"introspectionQuery"}                 -> {"query": getIntrospectionQuery(all options)}
//   {"mode":"clientSchema","introspection":...}   -> {"printed": printSchema(buildClientSchema(...))}
//   {"mode":"introspect","sdl":...}               -> graphql-js's own introspection result of the SDL
//   {"mode":"printDocuments","documents":[...]}   -> [print(parse(document)), ...]
//   {"mode":"validateSchemas","sdls":[...]}        -> [[{message, locations}], ...] of validateSchema (SDL rules assumed)
import {
  buildASTSchema, buildSchema, buildClientSchema, getIntrospectionQuery, graphql, parse, print, printSchema, isObjectType,
  validateSchema,
} from 'graphql';

const input = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => resolve(text));
}));

const introspectionOptions = {
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true,
  inputValueDeprecation: true, oneOf: true,
};

function withEchoResolvers(schema) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('echo')) field.resolve = (_source, args) => JSON.stringify(args);
    }
  }
  return schema;
}

let output;
switch (input.mode) {
  case 'execute': {
    const schemas = {};
    for (const [name, { sdl }] of Object.entries(input.schemas)) schemas[name] = withEchoResolvers(buildSchema(sdl));
    output = [];
    for (const c of input.cases) {
      const result = await graphql({
        schema: schemas[c.schema], source: c.query, rootValue: input.schemas[c.schema].data ?? {},
        variableValues: c.variables, operationName: c.operationName,
      });
      output.push(JSON.parse(JSON.stringify(result)));
    }
    break;
  }
  case 'print':
    output = { printed: printSchema(buildSchema(input.sdl)) };
    break;
  case 'introspectionQuery':
    output = { query: getIntrospectionQuery(introspectionOptions) };
    break;
  case 'clientSchema':
    output = { printed: printSchema(buildClientSchema(input.introspection)) };
    break;
  case 'introspect': {
    const result = await graphql({ schema: buildSchema(input.sdl), source: getIntrospectionQuery(introspectionOptions) });
    output = JSON.parse(JSON.stringify(result));
    break;
  }
  case 'printDocuments':
    output = input.documents.map((d) => print(parse(d)));
    break;
  case 'validateSchemas':
    output = input.sdls.map((sdl) => validateSchema(buildASTSchema(parse(sdl), { assumeValidSDL: true }))
      .map((e) => ({ message: e.message, locations: e.locations ?? [] })));
    break;
  default:
    throw new Error(`unknown mode ${input.mode}`);
}
process.stdout.write(JSON.stringify(output));
