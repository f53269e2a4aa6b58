namespace BudgetGraph.GraphQL.Language;

/// <summary>What a visitor wants after entering or leaving a node.</summary>
public enum VisitorAction
{
    /// <summary>Go on normally.</summary>
    Continue,
    /// <summary>(On enter) do not visit this node's children; its Leave is not called either.</summary>
    Skip,
    /// <summary>Stop the whole traversal.</summary>
    Break,
}

/// <summary>
/// Base for AST visitors: override <see cref="Enter"/>/<see cref="Leave"/> and switch on
/// <see cref="Node.Kind"/>. <see cref="Ancestors"/> holds the nodes above the current one (root first).
/// Children are visited in graphql-js's key order (e.g. Field: alias, name, arguments, directives, selectionSet).
/// </summary>
public abstract class AstVisitor
{
    internal List<Node> AncestorStack { get; } = new();

    /// <summary>The nodes from the root down to (excluding) the current node.</summary>
    public IReadOnlyList<Node> Ancestors => AncestorStack;

    /// <summary>The current node's parent, if any.</summary>
    public Node? Parent => AncestorStack.Count > 0 ? AncestorStack[^1] : null;

    /// <summary>Called before a node's children.</summary>
    public virtual VisitorAction Enter(Node node) => VisitorAction.Continue;

    /// <summary>Called after a node's children.</summary>
    public virtual VisitorAction Leave(Node node) => VisitorAction.Continue;

    /// <summary>Walks <paramref name="root"/> depth-first with this visitor.</summary>
    public void Visit(Node root)
    {
        AncestorStack.Clear();
        AstWalker.Walk(root, this);
    }
}

/// <summary>Runs several visitors in one traversal, each with its own skip state (graphql-js <c>visitInParallel</c>).</summary>
public sealed class ParallelVisitor : AstVisitor
{
    private readonly AstVisitor[] _visitors;
    private readonly Node?[] _skipping;
    private readonly bool[] _stopped;

    /// <summary>Combines visitors.</summary>
    public ParallelVisitor(IEnumerable<AstVisitor> visitors)
    {
        _visitors = visitors.ToArray();
        _skipping = new Node?[_visitors.Length];
        _stopped = new bool[_visitors.Length];
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_stopped[i] || _skipping[i] is not null)
            {
                continue;
            }
            var visitor = _visitors[i];
            Sync(visitor);
            var action = visitor.Enter(node);
            if (action == VisitorAction.Skip)
            {
                _skipping[i] = node;
            }
            else if (action == VisitorAction.Break)
            {
                _stopped[i] = true;
            }
        }
        return VisitorAction.Continue;
    }

    /// <inheritdoc />
    public override VisitorAction Leave(Node node)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_stopped[i])
            {
                continue;
            }
            if (_skipping[i] is null)
            {
                var visitor = _visitors[i];
                Sync(visitor);
                if (visitor.Leave(node) == VisitorAction.Break)
                {
                    _stopped[i] = true;
                }
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }
        return VisitorAction.Continue;
    }

    private void Sync(AstVisitor visitor)
    {
        // Inner visitors see the same ancestors as the parallel visitor.
        var stack = visitor.AncestorStack;
        stack.Clear();
        stack.AddRange(AncestorStack);
    }
}

/// <summary>Depth-first traversal in graphql-js key order. Recursion depth is bounded by the parser's MaxDepth.</summary>
public static class AstWalker
{
    /// <summary>Visits <paramref name="node"/> and its subtree; returns false when the visitor asked to break.</summary>
    public static bool Walk(Node node, AstVisitor visitor)
    {
        var action = visitor.Enter(node);
        if (action == VisitorAction.Break)
        {
            return false;
        }
        if (action == VisitorAction.Skip)
        {
            return true;
        }
        var stack = visitor.AncestorStack;
        stack.Add(node);
        var ok = WalkChildren(node, visitor);
        stack.RemoveAt(stack.Count - 1);
        if (!ok)
        {
            return false;
        }
        return visitor.Leave(node) != VisitorAction.Break;
    }

    private static bool One(Node? node, AstVisitor visitor) => node is null || Walk(node, visitor);

    private static bool Many<T>(IReadOnlyList<T> nodes, AstVisitor visitor) where T : Node
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!Walk(nodes[i], visitor))
            {
                return false;
            }
        }
        return true;
    }

    private static bool WalkChildren(Node node, AstVisitor v)
    {
        switch (node)
        {
            case DocumentNode n: return Many(n.Definitions, v);
            case OperationDefinitionNode n:
                return One(n.Description, v) && One(n.Name, v) && Many(n.VariableDefinitions, v) && Many(n.Directives, v) && One(n.SelectionSet, v);
            case VariableDefinitionNode n:
                return One(n.Description, v) && One(n.Variable, v) && One(n.Type, v) && One(n.DefaultValue, v) && Many(n.Directives, v);
            case VariableNode n: return One(n.Name, v);
            case SelectionSetNode n: return Many(n.Selections, v);
            case FieldNode n:
                return One(n.Alias, v) && One(n.Name, v) && Many(n.Arguments, v) && Many(n.Directives, v) && One(n.SelectionSet, v);
            case ArgumentNode n: return One(n.Name, v) && One(n.Value, v);
            case FragmentSpreadNode n: return One(n.Name, v) && Many(n.Directives, v);
            case InlineFragmentNode n: return One(n.TypeCondition, v) && Many(n.Directives, v) && One(n.SelectionSet, v);
            case FragmentDefinitionNode n:
                return One(n.Description, v) && One(n.Name, v) && One(n.TypeCondition, v) && Many(n.Directives, v) && One(n.SelectionSet, v);
            case ListValueNode n: return Many(n.Values, v);
            case ObjectValueNode n: return Many(n.Fields, v);
            case ObjectFieldNode n: return One(n.Name, v) && One(n.Value, v);
            case DirectiveNode n: return One(n.Name, v) && Many(n.Arguments, v);
            case NamedTypeNode n: return One(n.Name, v);
            case ListTypeNode n: return One(n.Type, v);
            case NonNullTypeNode n: return One(n.Type, v);
            case SchemaDefinitionNode n: return One(n.Description, v) && Many(n.Directives, v) && Many(n.OperationTypes, v);
            case SchemaExtensionNode n: return Many(n.Directives, v) && Many(n.OperationTypes, v);
            case OperationTypeDefinitionNode n: return One(n.Type, v);
            case ScalarTypeDefinitionNode n: return One(n.Description, v) && One(n.Name, v) && Many(n.Directives, v);
            case ScalarTypeExtensionNode n: return One(n.Name, v) && Many(n.Directives, v);
            case ObjectTypeDefinitionNode n:
                return One(n.Description, v) && One(n.Name, v) && Many(n.Interfaces, v) && Many(n.Directives, v) && Many(n.Fields, v);
            case ObjectTypeExtensionNode n: return One(n.Name, v) && Many(n.Interfaces, v) && Many(n.Directives, v) && Many(n.Fields, v);
            case InterfaceTypeDefinitionNode n:
                return One(n.Description, v) && One(n.Name, v) && Many(n.Interfaces, v) && Many(n.Directives, v) && Many(n.Fields, v);
            case InterfaceTypeExtensionNode n: return One(n.Name, v) && Many(n.Interfaces, v) && Many(n.Directives, v) && Many(n.Fields, v);
            case FieldDefinitionNode n:
                return One(n.Description, v) && One(n.Name, v) && Many(n.Arguments, v) && One(n.Type, v) && Many(n.Directives, v);
            case InputValueDefinitionNode n:
                return One(n.Description, v) && One(n.Name, v) && One(n.Type, v) && One(n.DefaultValue, v) && Many(n.Directives, v);
            case UnionTypeDefinitionNode n: return One(n.Description, v) && One(n.Name, v) && Many(n.Directives, v) && Many(n.Types, v);
            case UnionTypeExtensionNode n: return One(n.Name, v) && Many(n.Directives, v) && Many(n.Types, v);
            case EnumTypeDefinitionNode n: return One(n.Description, v) && One(n.Name, v) && Many(n.Directives, v) && Many(n.Values, v);
            case EnumTypeExtensionNode n: return One(n.Name, v) && Many(n.Directives, v) && Many(n.Values, v);
            case EnumValueDefinitionNode n: return One(n.Description, v) && One(n.Name, v) && Many(n.Directives, v);
            case InputObjectTypeDefinitionNode n: return One(n.Description, v) && One(n.Name, v) && Many(n.Directives, v) && Many(n.Fields, v);
            case InputObjectTypeExtensionNode n: return One(n.Name, v) && Many(n.Directives, v) && Many(n.Fields, v);
            case DirectiveDefinitionNode n: return One(n.Description, v) && One(n.Name, v) && Many(n.Arguments, v) && Many(n.Locations, v);
            default: return true;
        }
    }
}
