using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation;

/// <summary>
/// Runs every rule in one depth-first traversal of the document (graphql-js <c>visitInParallel</c> wrapped
/// in <c>visitWithTypeInfo</c>): type information is updated before the rules enter a node and after they
/// leave it; each rule keeps its own skip and stop state. Descriptions are not visited (graphql-js
/// validates with the description keys removed).
/// </summary>
internal sealed class ValidationWalker : AstVisitor
{
    private readonly ValidationContext _context;
    private readonly ValidationVisitor[] _rules;
    private readonly Node?[] _skipping;
    private readonly bool[] _stopped;

    public ValidationWalker(ValidationContext context, IEnumerable<ValidationVisitor> rules)
    {
        _context = context;
        _rules = rules.ToArray();
        _skipping = new Node?[_rules.Length];
        _stopped = new bool[_rules.Length];
        context.Ancestors = Ancestors;
    }

    public override VisitorAction Enter(Node node)
    {
        if (node is StringValueNode && IsDescription(node))
        {
            return VisitorAction.Skip;
        }
        _context.TypeInfo.Enter(node);
        for (var i = 0; i < _rules.Length; i++)
        {
            if (_stopped[i] || _skipping[i] is not null)
            {
                continue;
            }
            switch (_rules[i].Enter(node))
            {
                case VisitorAction.Skip:
                    _skipping[i] = node;
                    break;
                case VisitorAction.Break:
                    _stopped[i] = true;
                    break;
            }
        }
        return VisitorAction.Continue;
    }

    public override VisitorAction Leave(Node node)
    {
        for (var i = 0; i < _rules.Length; i++)
        {
            if (_stopped[i])
            {
                continue;
            }
            if (_skipping[i] is null)
            {
                if (_rules[i].Leave(node) == VisitorAction.Break)
                {
                    _stopped[i] = true;
                }
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }
        _context.TypeInfo.Leave(node);
        return VisitorAction.Continue;
    }

    private bool IsDescription(Node node)
    {
        var description = Parent switch
        {
            ExecutableDefinitionNode d => d.Description,
            VariableDefinitionNode d => d.Description,
            TypeDefinitionNode d => d.Description,
            SchemaDefinitionNode d => d.Description,
            FieldDefinitionNode d => d.Description,
            InputValueDefinitionNode d => d.Description,
            EnumValueDefinitionNode d => d.Description,
            DirectiveDefinitionNode d => d.Description,
            _ => null,
        };
        return ReferenceEquals(description, node);
    }
}
